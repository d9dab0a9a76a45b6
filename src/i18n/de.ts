import type { Catalogue } from "./catalogue.js";
import { CORE_HELP_COMMAND } from "./helpCommand.js";

const MONTHS = [
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

export const DE: Catalogue = {
  core: {
    noMatch:
      "Dazu sagt der Artikel nichts. Ich beantworte nur Fragen zu den Gesprächen zwischen den USA und Russland im Januar, über die der Artikel berichtet.",
    noMatchWithSuggestions: "Dazu sagt der Artikel nichts. Vielleicht hilft eine dieser Fragen:",
    ambiguous: "Die Frage passt zu mehr als einer Antwort. Meintest du:",
    smalltalk: {
      greeting: `Hallo! Frag mich etwas zum Artikel über die Gespräche zwischen den USA und Russland im Januar, zum Beispiel: „Wann finden die Gespräche statt?“ – ${CORE_HELP_COMMAND} zeigt, wie ich funktioniere.`,
      thanks: "Gern geschehen! Wenn du noch etwas zum Artikel wissen willst, frag einfach.",
      help: `Ich beantworte Fragen zu einem Artikel über die Gespräche zwischen den USA und Russland im Januar (Abrüstung, Rüstungskontrolle, Ukraine) und zitiere die Stelle im Text. Stell einfach eine Frage – ${CORE_HELP_COMMAND} zeigt mehr.`,
      goodbye: "Tschüss! Ich bin da, wenn du noch Fragen zum Artikel hast.",
    },
    empty: "Bitte stell eine Frage zum Artikel, zum Beispiel: „Wann finden die Gespräche statt?“",
    tooLong: (limit) => `Die Frage ist zu lang (höchstens ${limit} Zeichen). Bitte fasse sie kürzer.`,
    noText:
      "Das sieht nicht nach einer Frage aus. Frag mich etwas zum Artikel, zum Beispiel: „Worum geht es bei den Gesprächen?“",
    verdict: { yes: "Ja – ", no: "Nein – ", unsaid: "Das steht so nicht im Artikel. " },
    order: (first, firstDate, second, secondDate) =>
      `Zuerst kommt „${first}“ (${firstDate}), danach „${second}“ (${secondDate}).`,
    sameDay: (first, second, date) => `„${first}“ und „${second}“ sind am selben Tag: ${date}.`,
    partUnanswered: (question) => `Zu „${question}“ sagt der Artikel nichts.`,
    date: (day, month) => (month === undefined ? `${day}.` : `${day}. ${MONTHS[month - 1] ?? ""}`.trim()),
  },
  discord: {
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
    helpWords: ["hilfe", "/hilfe"],
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
      quoted: (text) => `„${text}“`,
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
        "**`/frage`** `frage:` – stell eine Frage, auf Deutsch oder Englisch. Nur du siehst die Antwort; mit `öffentlich:true` oder dem Knopf „Im Kanal teilen“ sehen sie alle.",
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
  },
  console: {
    banner:
      "Lokale Konsole: DISCORD_TOKEN ist nicht gesetzt. Um den Bot mit Discord zu verbinden, trag DISCORD_TOKEN=<dein Bot-Token> in .env ein (siehe README) und starte npm start noch einmal.",
    help: `Stell eine Frage zum Artikel, auf Deutsch oder Englisch, z. B. „Wann finden die Gespräche statt?“ oder „What are Putin's demands?“.
Befehle: help (dieser Text), quit (beenden).`,
    source: "Quelle",
    topics: "Themen:",
    related: "Weiterfragen:",
  },
  kb: {
    command: {
      description: "Moderation: das Wissen ändern, aus dem jeder Server beantwortet wird",
      add: "Einen Eintrag anlegen: Thema und Quelle hier, Fragen und Antworten in einem Formular",
      edit: "Einen Eintrag im Formular bearbeiten; angegebene Optionen ersetzen Thema oder Quelle",
      remove: "Einen Eintrag entfernen (mit Rückfrage)",
      addQuestion: "Einem Eintrag eine weitere Formulierung hinzufügen",
      show: "Einen Eintrag so zeigen, wie er in der Datei steht",
      reload: "Die Wissensdatei jetzt laden und zeigen, was die Prüfung sagt",
      history: "Die letzten Änderungen: wer, wann, was",
      undo: "Die Fassung vor der letzten Änderung wiederherstellen",
      unanswered: "Die häufigsten Fragen, die der Bot nicht beantworten konnte",
      feedback: "Einträge nach 👎",
      entry: "Der Eintrag",
      entryToRemove: "Der Eintrag, der entfernt wird",
      topic: "Das Thema des Eintrags",
      paragraph: "Der Absatz (¶), auf dem die Antwort beruht",
      quote: "Der genaue Wortlaut dieses Absatzes, auf dem die Antwort beruht",
      id: "Die ID des neuen Eintrags (kebab-case); ohne Angabe aus seiner ersten Frage gebildet",
      dropReferences: "Ihn auch aus den related-Listen anderer Einträge entfernen",
      question: "Die neue Formulierung",
      language: "Die Sprache der Formulierung (ohne Angabe erkannt)",
      languageNames: { de: "Deutsch", en: "Englisch" },
      limit: "Wie viele (Standard 10)",
      days: "Der letzten N Tage (Standard 7)",
    },
    refused: {
      dm: "/kb funktioniert nur im Moderationsserver des Bots, nicht in Direktnachrichten. Es wurde nichts geändert.",
      otherServer: "/kb funktioniert nur in den Moderationsservern des Bots (MODERATION_GUILD_IDS). Es wurde nichts geändert.",
      noPermission:
        "/kb ist für Moderatoren: Mitglieder mit „Server verwalten“ oder einer Rolle aus MODERATOR_ROLE_IDS. Es wurde nichts geändert.",
      notConfigured:
        "/kb ist nicht verfügbar: Dieser Bot-Prozess folgt keiner Wissensdatei, die er ändern darf. Es wurde nichts geändert.",
    },
    form: {
      addTitle: "Neuer Eintrag",
      editTitle: (id) => `${id} bearbeiten`,
      questionsDe: "Fragen (Deutsch), eine pro Zeile",
      questionsEn: "Fragen (Englisch), eine pro Zeile",
      answerDe: "Antwort (Deutsch)",
      answerEn: "Antwort (Englisch)",
      source: "Thema und Quellen",
      questionsHint: "Die erste Zeile ist die kanonische Frage, die übrigen sind weitere Formulierungen.",
      answerHint: "Nur, was der Artikel sagt.",
      sourceHint: "Erste Zeile topic: <id>; dann eine Zeile je Quelle: ¶<Absatz>: <genauer Wortlaut des Artikels>",
      sourcePlaceholder: "topic: schedule\n¶7: Am 13. Januar wird Russland …",
      reopen: "Formular wieder öffnen",
      expired:
        "Dieser Entwurf ist abgelaufen (Entwürfe werden einen Tag aufbewahrt). Beginne neu mit /kb add oder /kb edit, oder ruf /kb unanswered noch einmal auf.",
      tooLong: (field) =>
        `${field} ist länger, als ein Discord-Formularfeld fasst (4000 Zeichen); bearbeite diesen Eintrag stattdessen mit npm run kb -- edit.`,
      sourceLine: (line) => `Zeile ${line}: schreib „topic: <Themen-ID>“ oder „¶<Absatz>: <Zitat>“`,
      pairRequired: "Absatz und Zitat zusammen angeben (sie bilden eine Quelle)",
    },
    outcome: {
      refusedTitle: (count) => `Nicht gespeichert: ${count} ${count === 1 ? "Problem" : "Probleme"}`,
      refusedFooter: "Die Wissensdatei wurde nicht geändert.",
      refusedReopen: "Die Wissensdatei wurde nicht geändert. Öffne das Formular wieder, um deine Eingabe zu korrigieren.",
      saved: (summary, seq) => `Gespeichert${seq === undefined ? "" : ` als Änderung #${seq}`}: ${summary}.`,
      live: "Das gilt ab jetzt: /frage antwortet daraus.",
      notLive: "Gespeichert, aber die Wissensdatei lässt sich gerade nicht laden (inzwischen von jemand anderem geändert?):",
      unchanged: (summary) => `Nichts geändert: ${summary} lässt die Datei, wie sie ist.`,
      nothingEdited: "Nichts geändert: Jedes Feld ist, wie es war.",
    },
    remove: {
      confirm: (id, question) => `Eintrag \`${id}\` („${question}“) entfernen? Nur /kb undo holt ihn zurück.`,
      dropsReferences: "Verweise anderer Einträge darauf unter related werden mit entfernt.",
      button: "Entfernen",
      cancel: "Abbrechen",
      cancelled: "Es wurde nichts entfernt.",
    },
    reload: {
      okTitle: "Neu geladen: Das gilt ab jetzt",
      brokenTitle: "Nicht neu geladen: Die Wissensdatei hat Probleme",
      brokenFooter: "Bis sie behoben sind, antwortet der Bot weiter aus der letzten guten Fassung.",
    },
    history: {
      title: "Änderungen am Wissen",
      empty: "Noch keine Änderungen aufgezeichnet.",
      field: (seq, at, author) => `#${seq} · ${at} UTC · ${author}`,
    },
    unanswered: {
      title: (days) => `Unbeantwortete Fragen, ${days === 1 ? "letzter Tag" : `letzte ${days} Tage`}`,
      none: (days) => `Keine unbeantworteten Fragen ${days === 1 ? "am letzten Tag" : `in den letzten ${days} Tagen`}.`,
      analyticsOff: "ANALYTICS=off: Dieser Bot speichert weder unbeantwortete Fragen noch Bewertungen.",
      line: (rank, count, question, language) => `**${rank}.** ${count}× „${question}“ (${language})`,
      also: (others) => `   auch: ${others}`,
      closest: (id, question, score) => `   am nächsten: \`${id}\` „${question}“ (${score.toFixed(2)})`,
      noClosest: "   am nächsten: keiner",
      nowAnswered: (count) =>
        `${count} weitere, die der Bot inzwischen beantwortet, ${count === 1 ? "ist" : "sind"} ausgelassen.`,
      outOfScopeLeftOut: (count) => `${count} als nicht im Artikel markierte ${count === 1 ? "ist" : "sind"} ausgelassen.`,
      phrasing: (rank, question) => `${rank}: als Formulierung von „${question}“ hinzufügen`,
      newEntry: (rank) => `${rank}: neuer Eintrag`,
      outOfScope: (rank) => `${rank}: nicht im Artikel`,
      footer:
        "Ähnliche Fragen sind zusammengefasst. Eine Formulierung ist mit einem Klick hinzugefügt; ein neuer Eintrag öffnet das Formular; „nicht im Artikel“ setzt die Frage auf die Liste dessen, was der Bot ablehnt (knowledge/qa.yaml, outOfScope).",
    },
    feedback: {
      title: "Rückmeldungen je Eintrag, meiste 👎 zuerst",
      none: "Noch keine Bewertungen.",
      line: (down, up, id, question) =>
        `👎 ${down} · 👍 ${up} — \`${id}\`${question === undefined ? " (nicht mehr im Wissen)" : ` „${question}“`}`,
    },
    modLog: {
      title: "Die Wissensdatei hat Probleme",
      footer:
        "Der Bot antwortet weiter aus der letzten guten Fassung. Behebe die Datei (npm run kb:check listet die Probleme); der Bot übernimmt die Korrektur von selbst.",
    },
    noEntry: (id) => `Kein Eintrag hat die ID „${id}“. /kb show zeigt beim Tippen, welche es gibt.`,
    idTooLong: (id) => `Die ID „${id}“ ist zu lang für einen Knopf hier; nimm npm run kb für diesen Eintrag.`,
    notSigned: "Dieser Knopf wurde nicht von diesem Bot für dich gemacht und bewirkt nichts. Es wurde nichts geändert.",
  },
};
