import type { Answer } from "../answering/types.js";

/** The `ask --json` contract: exactly these fields, in this order. */
export function answerJson(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    status: answer.status,
    answer: answer.answer,
    language: answer.language,
    entryId: answer.entryId,
    score: answer.score,
    citations: answer.citations.map(({ paragraph, quote }) => ({ paragraph, quote })),
    suggestions: answer.suggestions.map(({ entryId, question }) => ({ entryId, question })),
    // Added after the fields above, which stay as they were: `entryId` is the first part's, `citations` all parts'.
    parts: answer.parts.map(({ entryId, answer: text, verdict, citations }) => ({
      entryId,
      answer: text,
      verdict: verdict ?? null,
      citations: citations.map(({ paragraph, quote }) => ({ paragraph, quote })),
    })),
  });
}
