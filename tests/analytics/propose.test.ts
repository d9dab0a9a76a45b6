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

  it("GIVEN the language the question was answered in THEN the title is the entry's question in that language", async () => {
    const answerer = await realAnswerer();
    const propose = createEntryProposer(answerer);
    const german = "Wie viele Soldaten hat Russland an die Grenze geschickt?";
    const english = answerer.knowledge.entries.find((entry) => entry.id === "troop-buildup")!.questions.en[0];
    expect(propose(german, "en")).toMatchObject({ entryId: "troop-buildup", title: english, language: "en" });
  });

  it("GIVEN a question the bot would not answer THEN still the nearest entry, with a low score; nothing for gibberish", async () => {
    const propose = createEntryProposer(await realAnswerer());
    expect(propose("Who won the football match?")?.score).toBeLessThan(0.5);
    expect(propose("asdf qwer")).toBeUndefined();
  });
});
