import type { CoreMessages, InterfaceMessages } from "./messages.js";

export const EN: CoreMessages = {
  noMatch:
    "The article does not say. I only answer questions about the article on the talks between the USA and Russia in January.",
  noMatchWithSuggestions: "The article does not say. Maybe one of these questions helps:",
  ambiguous: "That question fits more than one answer. Did you mean:",
  smalltalk: {
    greeting:
      "Hello! Ask me about the article on the talks between the USA and Russia in January, for example: “When do the talks take place?” – `/help` shows how I work.",
    thanks: "You're welcome! If there is anything else about the article, just ask.",
    help: "I answer questions about one article on the talks between the USA and Russia in January (disarmament, arms control, Ukraine) and quote the passage I answer from. Just ask a question – `/help` shows more.",
    goodbye: "Bye! I'm here if you have more questions about the article.",
  },
  empty: "Please ask a question about the article, for example: “When do the talks take place?”",
  tooLong: (limit) => `That question is too long (at most ${limit} characters). Please make it shorter.`,
  noText: "That does not look like a question. Ask me about the article, for example: “What are the talks about?”",
  verdict: { yes: "Yes — ", no: "No — ", unsaid: "The article does not say that. " },
  order: (first, firstDate, second, secondDate) => `“${first}” comes first (${firstDate}), then “${second}” (${secondDate}).`,
  sameDay: (first, second, date) => `“${first}” and “${second}” are on the same day: ${date}.`,
  partUnanswered: (question) => `The article says nothing about “${question}”.`,
  date: (day, month) => (month === undefined ? `the ${day}th` : `${MONTHS_EN[month - 1] ?? ""} ${day}`.trim()),
};

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const EN_INTERFACE: InterfaceMessages = {
  commands: {
    ask: {
      name: "ask",
      description: "Ask a question about the article on the talks between the USA and Russia",
      question: { name: "question", description: "Your question, in English or German" },
      public: { name: "public", description: "Post the answer for everyone in the channel (otherwise only you see it)" },
    },
    topics: { name: "topics", description: "Everything I can answer, by topic" },
    source: {
      name: "source",
      description: "The article's headline and details, or one of its paragraphs",
      paragraph: { name: "paragraph", description: "Paragraph number (¶)" },
    },
    help: { name: "help", description: "How this bot works" },
  },
  buttons: {
    share: "Share in channel",
    showParagraph: "Show paragraph",
    showParagraphs: "Show paragraphs",
  },
  menus: {
    didYouMean: "Did you mean…",
    chooseQuestion: "Choose a question…",
  },
  answer: {
    source: "Source",
    paragraph: (paragraph) => `¶ ${paragraph}`,
  },
  feedback: {
    recorded: "Thanks for the feedback! It is stored without your name or id: a keyed hash only keeps one vote per person.",
    changed: "Your rating is changed – thanks! It is stored as a keyed hash, not under your name or id.",
    unchanged: "You have already rated this answer – thank you!",
    off: "Thanks for the feedback! (This bot stores no ratings.)",
    failed: "Thanks for the feedback! It could not be saved just now, though.",
  },
  cooldown: (seconds) => `Not so fast! You can ask again in ${seconds} s.`,
  apology: "Sorry, something went wrong on my side. Please try again in a moment.",
  unknownEntry: "That question is no longer in my knowledge. Just ask it again with `/ask`.",
  unknownTopic: "That topic no longer exists. `/topics` shows the current ones.",
  sourceInfo: {
    dateline: "Dated",
    talks: "Talks",
    note: "Note",
    paragraphs: "Paragraphs",
    paragraphCount: (count) => `${count} – \`/source paragraph:N\` shows one of them`,
    paragraphTitle: (paragraph, total) => `Paragraph ${paragraph} of ${total}`,
    noParagraph: (paragraph, total) => `There is no paragraph ${paragraph}; the article has ${total} paragraphs.`,
  },
  topics: {
    title: "What I can answer",
    intro: "Pick a question below to see its answer – or ask in your own words with `/ask`.",
    more: (count) => `… and ${count} more`,
  },
  help: {
    title: "How I work",
    body: [
      "I answer questions about one article on the talks between the USA and Russia in January, and quote the passage I answer from (¶ = paragraph).",
      "",
      "**`/ask`** `question:` – ask a question, in English or German. Only you see the answer; with `public:True` or the “Share in channel” button, everyone does.",
      "**`/topics`** – everything I can answer, by topic.",
      "**`/source`** `[paragraph]` – the article's headline and details, or one paragraph word for word.",
      "**`/help`** – this text.",
      "",
      "You can also send me a direct message, or mention me in a channel with your question.",
      "Under an answer: “Show paragraph” shows the whole paragraph, 👍/👎 tells the moderators whether it helped, and the other buttons are follow-up questions.",
      "I answer in the language of your question.",
    ].join("\n"),
    stored: (days) =>
      `**What I store:** questions I could not answer (their text and time, language and status) and 👍/👎 per answer – never who asked. A vote is told apart from others only by a keyed hash, not by your name or id. Everything is deleted after ${days} days.`,
    nothingStored: "**What I store:** nothing – this bot keeps neither unanswered questions nor ratings.",
  },
};
