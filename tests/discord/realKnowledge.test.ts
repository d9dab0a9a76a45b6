import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../src/discord/answers/renderAnswer.js";
import { renderTopics } from "../../src/discord/answers/renderTopics.js";
import { realAnswerer } from "../support/realKnowledge.js";
import { expectWithinDiscordLimits } from "./discordLimits.js";

describe("the Discord surface over the real knowledge/qa.yaml", () => {
  it("GIVEN every entry in both languages THEN each answer renders within Discord's limits, with a button for every cited paragraph", async () => {
    const answerer = await realAnswerer();
    const meta = answerer.knowledge.article.meta;
    for (const entry of answerer.knowledge.entries) {
      for (const language of ["de", "en"] as const) {
        const answer = answerer.answerEntry(entry.id, language)!;
        const body = renderAnswer(answer, { meta, commands: language, shareable: true });
        expectWithinDiscordLimits(body);
        expect(body.embeds[0]?.fields).toHaveLength(entry.citations.length);
        expect(body.components[0]?.components).toHaveLength(4);
      }
    }
  });

  it("GIVEN /topics in both languages THEN every entry can be picked and it all fits", async () => {
    const answerer = await realAnswerer();
    for (const language of ["de", "en"] as const) {
      const body = renderTopics(answerer.knowledge, language);
      expectWithinDiscordLimits(body);
      const values = body.components.flatMap((row) =>
        row.components.flatMap((c) => ("options" in c ? c.options.map((o) => o.value) : [])),
      );
      expect(values.sort()).toEqual(answerer.knowledge.entries.map((e) => e.id).sort());
    }
  });
});
