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
  });
}
