import { beforeAll, describe, expect, it } from "vitest";
import { buildMatcher, type Matcher } from "../../../src/answering/matcher.js";
import { rank } from "../../../src/answering/rank/rank.js";
import { retrieve } from "../../../src/answering/retrieve/retrieve.js";
import { understand } from "../../../src/answering/understand/understand.js";
import { realKnowledge } from "../../support/realKnowledge.js";

let matcher: Matcher;
beforeAll(async () => {
  matcher = buildMatcher(await realKnowledge());
});

const firstEntry = (question: string): string => {
  const read = understand(question, {}, matcher.index);
  if (read.kind !== "message") throw new Error(`not a question: ${question}`);
  const ask = read.asks[0]!;
  const best = rank(ask, retrieve(ask, matcher.index), matcher).candidates[0]!;
  return matcher.knowledge.entries[best.entry]!.id;
};

describe("rank", () => {
  it.each([
    ["wann hat der typ vom weißen haus das afp gesagt", "announcement-when"],
    ["An welchem Tag hat der Beamte das gegenüber AFP gesagt?", "announcement-when"],
  ])("GIVEN %j, a 'when' about the official THEN the entry that says when, not the one about who he is", (question, entryId) => {
    expect(firstEntry(question)).toBe(entryId);
  });

  it("GIVEN 'who' about the same official THEN still the entry about who he is", () => {
    expect(firstEntry("Wer ist der Beamte des Weißen Hauses, der mit AFP sprach?")).toMatch(
      /white-house-official|announcement-who/,
    );
  });
});
