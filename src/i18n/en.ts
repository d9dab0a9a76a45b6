import type { CoreMessages } from "./messages.js";

export const EN: CoreMessages = {
  noMatch: "The article does not say. I only answer questions about the article on the talks between the USA and Russia in January.",
  noMatchWithSuggestions: "The article does not say. Maybe one of these questions helps:",
  ambiguous: "That question fits more than one answer. Did you mean:",
  smalltalk: {
    greeting: "Hello! Ask me about the article on the talks between the USA and Russia in January, for example: “When do the talks take place?” – `/help` shows how I work.",
    thanks: "You're welcome! If there is anything else about the article, just ask.",
    help: "I answer questions about one article on the talks between the USA and Russia in January (disarmament, arms control, Ukraine) and quote the passage I answer from. Just ask a question – `/help` shows more.",
    goodbye: "Bye! I'm here if you have more questions about the article.",
  },
  empty: "Please ask a question about the article, for example: “When do the talks take place?”",
  tooLong: (limit) => `That question is too long (at most ${limit} characters). Please make it shorter.`,
  noText: "That does not look like a question. Ask me about the article, for example: “What are the talks about?”",
};
