import { describe, expect, it } from "vitest";
import { createEntryProposer } from "../../src/analytics/propose.js";
import { realAnswerer } from "../support/realKnowledge.js";

describe("createEntryProposer", () => {
  it("GIVEN a new wording of a known question THEN proposes that entry with its canonical question in the same language", async () => {
    const propose = createEntryProposer(await realAnswerer());
    expect(propose("When does NATO meet the Russians?")).toMatchObject({
      entryId: "nato-russia-council-date",
      title: "When does the NATO-Russia Council meet?",
      language: "en",
    });
    expect(propose("Wie viele Soldaten hat Russland an die Grenze geschickt?")).toMatchObject({
      entryId: "troop-buildup",
      language: "de",
    });
  });

  it("GIVEN a question the bot would not answer THEN still the nearest entry, with a low score; nothing for gibberish", async () => {
    const propose = createEntryProposer(await realAnswerer());
    expect(propose("Who won the football match?")?.score).toBeLessThan(0.5);
    expect(propose("asdf qwer")).toBeUndefined();
  });
});
