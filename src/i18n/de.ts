import type { CoreMessages, InterfaceMessages } from "./messages.js";

export const DE: CoreMessages = {
  noMatch:
    "Dazu sagt der Artikel nichts. Ich beantworte nur Fragen zu den Gesprächen zwischen den USA und Russland im Januar, über die der Artikel berichtet.",
  noMatchWithSuggestions: "Dazu sagt der Artikel nichts. Vielleicht hilft eine dieser Fragen:",
  ambiguous: "Die Frage passt zu mehr als einer Antwort. Meintest du:",
  smalltalk: {
    greeting:
      "Hallo! Frag mich etwas zum Artikel über die Gespräche zwischen den USA und Russland im Januar, zum Beispiel: „Wann finden die Gespräche statt?“ – `/help` zeigt, wie ich funktioniere.",
    thanks: "Gern geschehen! Wenn du noch etwas zum Artikel wissen willst, frag einfach.",
    help: "Ich beantworte Fragen zu einem Artikel über die Gespräche zwischen den USA und Russland im Januar (Abrüstung, Rüstungskontrolle, Ukraine) und zitiere die Stelle im Text. Stell einfach eine Frage – `/help` zeigt mehr.",
    goodbye: "Tschüss! Ich bin da, wenn du noch Fragen zum Artikel hast.",
  },
  empty: "Bitte stell eine Frage zum Artikel, zum Beispiel: „Wann finden die Gespräche statt?“",
  tooLong: (limit) => `Die Frage ist zu lang (höchstens ${limit} Zeichen). Bitte fasse sie kürzer.`,
  noText: "Das sieht nicht nach einer Frage aus. Frag mich etwas zum Artikel, zum Beispiel: „Worum geht es bei den Gesprächen?“",
  verdict: { yes: "Ja – ", no: "Nein – ", unsaid: "Das steht so nicht im Artikel. " },
  order: (first, firstDate, second, secondDate) => `Zuerst kommt „${first}“ (${firstDate}), danach „${second}“ (${secondDate}).`,
  sameDay: (first, second, date) => `„${first}“ und „${second}“ sind am selben Tag: ${date}.`,
  partUnanswered: (question) => `Zu „${question}“ sagt der Artikel nichts.`,
  date: (day, month) => (month === undefined ? `${day}.` : `${day}. ${MONTHS_DE[month - 1] ?? ""}`.trim()),
};

const MONTHS_DE = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

export const DE_INTERFACE: InterfaceMessages = {
  commands: {
    ask: {
      name: "frage",
      description: "Stell eine Frage zum Artikel über die Gespräche zwischen den USA und Russland",
      question: { name: "frage", description: "Deine Frage, auf Deutsch oder Englisch" },
      public: { name: "öffentlich", description: "Die Antwort für alle im Kanal posten (sonst siehst nur du sie)" },
    },
    topics: { name: "themen", description: "Alles, was ich beantworten kann, nach Themen" },
    source: {
      name: "quelle",
      description: "Überschrift und Angaben zum Artikel oder ein Absatz daraus",
      paragraph: { name: "absatz", description: "Nummer des Absatzes (¶)" },
    },
    help: { name: "hilfe", description: "So funktioniert der Bot" },
  },
  buttons: {
    share: "Im Kanal teilen",
    showParagraph: "Absatz zeigen",
    showParagraphs: "Absätze zeigen",
  },
  menus: {
    didYouMean: "Meintest du …",
    chooseQuestion: "Frage auswählen …",
  },
  answer: {
    source: "Quelle",
    paragraph: (paragraph) => `¶ ${paragraph}`,
  },
  feedback: {
    recorded:
      "Danke für die Rückmeldung! Sie wird ohne deinen Namen und deine ID gespeichert: Nur ein verschlüsselter Hash sorgt für eine Stimme pro Person.",
    changed:
      "Deine Bewertung ist geändert – danke! Gespeichert ist sie als verschlüsselter Hash, nicht unter deinem Namen oder deiner ID.",
    unchanged: "Du hast diese Antwort schon so bewertet – danke!",
    off: "Danke für die Rückmeldung! (Dieser Bot speichert keine Bewertungen.)",
    failed: "Danke für die Rückmeldung! Sie konnte gerade allerdings nicht gespeichert werden.",
  },
  cooldown: (seconds) => `Nicht so schnell! In ${seconds} s kannst du wieder fragen.`,
  apology: "Entschuldigung, da ist bei mir etwas schiefgelaufen. Bitte versuch es gleich noch einmal.",
  unknownEntry: "Diese Frage gibt es inzwischen nicht mehr. Stell sie einfach neu mit `/frage`.",
  unknownTopic: "Dieses Thema gibt es inzwischen nicht mehr. `/themen` zeigt die aktuellen.",
  sourceInfo: {
    dateline: "Datiert",
    talks: "Gespräche",
    note: "Hinweis",
    paragraphs: "Absätze",
    paragraphCount: (count) => `${count} – einen davon zeigt \`/quelle absatz:N\``,
    paragraphTitle: (paragraph, total) => `Absatz ${paragraph} von ${total}`,
    noParagraph: (paragraph, total) => `Einen Absatz ${paragraph} gibt es nicht; der Artikel hat ${total} Absätze.`,
  },
  topics: {
    title: "Was ich beantworten kann",
    intro: "Wähl unten eine Frage aus, um die Antwort zu sehen – oder frag mit `/frage` in eigenen Worten.",
    more: (count) => `… und ${count} weitere`,
  },
  help: {
    title: "So funktioniere ich",
    body: [
      "Ich beantworte Fragen zu einem Artikel über die Gespräche zwischen den USA und Russland im Januar und zitiere dazu die Stelle im Text (¶ = Absatz).",
      "",
      "**`/frage`** `frage:` – stell eine Frage, auf Deutsch oder Englisch. Nur du siehst die Antwort; mit `öffentlich:True` oder dem Knopf „Im Kanal teilen“ sehen sie alle.",
      "**`/themen`** – alles, was ich beantworten kann, nach Themen.",
      "**`/quelle`** `[absatz]` – Überschrift und Angaben zum Artikel, oder ein Absatz im Wortlaut.",
      "**`/hilfe`** – dieser Text.",
      "",
      "Du kannst mir auch eine Direktnachricht schreiben oder mich in einem Kanal mit deiner Frage erwähnen.",
      "Unter einer Antwort: „Absatz zeigen“ zeigt den ganzen Absatz, 👍/👎 sagt den Moderatoren, ob die Antwort geholfen hat, und die übrigen Knöpfe sind passende Anschlussfragen.",
      "Ich antworte in der Sprache deiner Frage.",
    ].join("\n"),
    stored: (days) =>
      `**Was ich speichere:** Fragen, die ich nicht beantworten konnte (Text und Zeitpunkt, Sprache und Status), und 👍/👎 pro Antwort – nie, wer gefragt hat. Eine Stimme wird nur über einen verschlüsselten Hash von anderen unterschieden, nicht über deinen Namen oder deine ID. Alles wird nach ${days} Tagen gelöscht.`,
    nothingStored: "**Was ich speichere:** nichts – dieser Bot speichert weder unbeantwortete Fragen noch Bewertungen.",
  },
};
