import type { CoreMessages } from "./messages.js";

export const DE: CoreMessages = {
  noMatch: "Dazu sagt der Artikel nichts. Ich beantworte nur Fragen zu den Gesprächen zwischen den USA und Russland im Januar, über die der Artikel berichtet.",
  noMatchWithSuggestions: "Dazu sagt der Artikel nichts. Vielleicht hilft eine dieser Fragen:",
  ambiguous: "Die Frage passt zu mehr als einer Antwort. Meintest du:",
  smalltalk: {
    greeting: "Hallo! Frag mich etwas zum Artikel über die Gespräche zwischen den USA und Russland im Januar, zum Beispiel: „Wann finden die Gespräche statt?“ – `/help` zeigt, wie ich funktioniere.",
    thanks: "Gern geschehen! Wenn du noch etwas zum Artikel wissen willst, frag einfach.",
    help: "Ich beantworte Fragen zu einem Artikel über die Gespräche zwischen den USA und Russland im Januar (Abrüstung, Rüstungskontrolle, Ukraine) und zitiere die Stelle im Text. Stell einfach eine Frage – `/help` zeigt mehr.",
    goodbye: "Tschüss! Ich bin da, wenn du noch Fragen zum Artikel hast.",
  },
  empty: "Bitte stell eine Frage zum Artikel, zum Beispiel: „Wann finden die Gespräche statt?“",
  tooLong: (limit) => `Die Frage ist zu lang (höchstens ${limit} Zeichen). Bitte fasse sie kürzer.`,
  noText: "Das sieht nicht nach einer Frage aus. Frag mich etwas zum Artikel, zum Beispiel: „Worum geht es bei den Gesprächen?“",
};
