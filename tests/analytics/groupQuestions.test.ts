import { describe, expect, it } from "vitest";
import { groupQuestions, type AskedQuestion } from "../../src/analytics/groupQuestions.js";

const asked = (question: string, askedAt = 0, language: "de" | "en" = "de"): AskedQuestion => ({ question, language, askedAt });

describe("groupQuestions", () => {
  it("GIVEN the same question with other stop words, case or punctuation THEN one group", () => {
    const groups = groupQuestions([
      asked("Wann ist das Treffen?"),
      asked("wann ist denn das treffen"),
      asked("Wann ist eigentlich das Treffen"),
    ]);
    expect(groups.map((g) => g.count)).toEqual([3]);
  });

  it("GIVEN questions that share most terms THEN merge, and unrelated ones stay apart", () => {
    const groups = groupQuestions([
      asked("Wo tagt der NATO-Russland-Rat?", 1),
      asked("Wo tagt der NATO-Russland-Rat genau in Brüssel?", 2),
      asked("Wer bezahlt die Reise?", 3),
    ]);
    expect(groups.map((g) => [g.count, g.example])).toEqual([
      [2, "Wo tagt der NATO-Russland-Rat genau in Brüssel?"],
      [1, "Wer bezahlt die Reise?"],
    ]);
    expect(groups[0]?.lastAsked).toEqual(new Date(2));
  });

  it("GIVEN different question words on the same subject THEN they stay apart (when is not where)", () => {
    expect(groupQuestions([asked("Wann ist das Treffen?"), asked("Wo ist das Treffen?")])).toHaveLength(2);
  });
});
