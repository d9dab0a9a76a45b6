import { describe, expect, it } from "vitest";
import { comparisonOf } from "../../../src/answering/understand/comparison.js";
import { splitQuestions } from "../../../src/answering/understand/questionSplit.js";

describe("comparisonOf", () => {
  it.each([
    ["which one is earlier: nato talks or osce talks?", "order", "nato talks", "osce talks"],
    ["was ist früher, das nato treffen oder das osze treffen", "order", "nato treffen", "osze treffen"],
    ["welches treffen kommt zuerst: nato oder osze", "order", "nato", "osze"],
    ["nato or osce, which comes first", "order", "nato", "osce"],
    ["is the nato meeting before the osce one", "order", "nato meeting", "osce one"],
    ["kommt das nato treffen vor dem osze treffen", "order", "nato treffen", "osze treffen"],
    ["do the nato and osce meetings happen on the same day?", "order", "nato meetings", "osce meetings"],
    // The noun only the second side says names the first too.
    ["was ist früher, das nato oder das osze treffen?", "order", "nato treffen", "osze treffen"],
    ["Difference between the Jan 12 and the Jan 13 meeting?", "difference", "jan 12 meeting", "jan 13 meeting"],
    ["is the OSCE meeting before or after the NATO one?", "order", "osce meeting", "nato one"],
    ["Finden das NATO-Treffen und das OSZE-Treffen am selben Tag statt?", "order", "nato-treffen", "osze-treffen"],
    ["what's the difference between the nato meeting and the osce meeting", "difference", "nato meeting", "osce meeting"],
    ["was ist der unterschied zwischen nato und osze", "difference", "nato", "osze"],
    // What differs, named between the word and "between".
    [
      "what's the difference in dates between the NATO meeting and the OSCE meeting?",
      "difference",
      "nato meeting",
      "osce meeting",
    ],
    [
      "Was ist der Unterschied im Datum zwischen dem NATO-Treffen und dem OSZE-Treffen?",
      "difference",
      "nato-treffen",
      "osze-treffen",
    ],
  ])("GIVEN %j THEN %s of %j and %j", (sentence, kind, first, second) => {
    expect(comparisonOf(sentence)).toEqual({ kind, first, second });
  });

  it.each([
    "was ist die nato",
    "when is the osce meeting",
    "nato oder osze?",
    "Is the alliance united on what consequences Russia would face if it goes after Ukraine?",
  ])("GIVEN %j THEN no comparison", (sentence) => {
    expect(comparisonOf(sentence)).toBeUndefined();
  });
});

describe("splitQuestions", () => {
  it.each([
    ["wann ist das nato treffen und wann das mit der osze", ["wann ist das nato treffen", "wann das mit der osze"]],
    ["what did putin demand and what did the us threaten", ["what did putin demand", "what did the us threaten"]],
    ["who announced the talks and when", ["who announced the talks and when"]],
    ["was ist mit der nato und der osze", ["was ist mit der nato und der osze"]],
    ["wer und wann", ["wer und wann"]],
    // A short lead-in before a colon asks nothing; a long one may say what the questions are about.
    [
      "settle this pls: when's the bilateral meeting and when's the osce one",
      ["when's the bilateral meeting", "when's the osce one"],
    ],
    ["kurze frage: wann ist das nato treffen und wann das mit der osze", ["wann ist das nato treffen", "wann das mit der osze"]],
    [
      "two quick ones about the geneva summit mentioned in the article: when was it, and who met there",
      ["two quick ones about the geneva summit mentioned in the article: when was it, and who met there"],
    ],
    ["whens the bilateral meeting and wheres the nato one", ["whens the bilateral meeting", "wheres the nato one"]],
    ["hows russia reacting and whats the us saying", ["hows russia reacting", "whats the us saying"]],
    [
      "Wann sind die bilateralen Gespräche, und weiß man schon, wer da für beide Seiten am Tisch sitzt",
      ["Wann sind die bilateralen Gespräche", "weiß man schon, wer da für beide Seiten am Tisch sitzt"],
    ],
    [
      "which day are the bilateral talks, and do we know who will represent each side",
      ["which day are the bilateral talks", "do we know who will represent each side"],
    ],
  ])("GIVEN %j THEN %j", (sentence, parts) => {
    expect(splitQuestions(sentence)).toEqual(parts);
  });
});

describe("splitQuestions after a frame", () => {
  it("GIVEN a preposition before the second question word THEN still two questions", () => {
    expect(splitQuestions("when is the NATO meeting, and in which organisation does Russia meet the US")).toEqual([
      "when is the NATO meeting",
      "in which organisation does Russia meet the US",
    ]);
  });
});
