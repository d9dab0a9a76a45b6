import type { Decision } from "./decide.js";

/**
 * "Was ist der Unterschied zwischen EU und NATO?": a comparison the article can make only if it
 * answers both sides; with one side unknown, answering the other alone would pass for a comparison.
 */
export function withComparisonWhole(comparison: "order" | "difference" | undefined, decisions: readonly Decision[]): Decision[] {
  if (comparison === undefined || !decisions.some((decision) => decision.kind === "decline")) return [...decisions];
  return decisions.map((decision) =>
    decision.kind === "answer" ? { kind: "decline", nearest: [decision.candidate], confidence: decision.confidence } : decision,
  );
}
