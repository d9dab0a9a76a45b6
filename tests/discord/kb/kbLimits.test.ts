import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createComponentSigner, sealFor } from "../../../src/discord/answers/signedId.js";
import { entryModal, FIELD_MAX } from "../../../src/discord/kb/entryForm.js";
import { codeBlock, problemsBody } from "../../../src/discord/kb/render.js";
import { renderUnanswered } from "../../../src/discord/kb/renderUnanswered.js";
import { LIMITS } from "../../../src/discord/reply/limits.js";
import { catalogue } from "../../../src/i18n/index.js";
import { expectWithinDiscordLimits } from "../discordLimits.js";

/** A real signature, so that the ids are as long as the bot sends them. */
const SEAL = sealFor(createComponentSigner(randomBytes(32)), "123456789012345678");
const HOSTILE = "@everyone <@123456789012345678> ```js\n**bold** " + "x".repeat(600);

describe("/kb within Discord's limits", () => {
  it("GIVEN five groups of long, hostile questions THEN the review list fits and pings no one", () => {
    const items = Array.from({ length: 5 }, (_, k) => ({
      group: {
        count: 9 - k,
        example: `${HOSTILE}${k}`,
        examples: [`${HOSTILE}${k}`, HOSTILE, "short"],
        language: "de" as const,
        lastAsked: new Date(),
      },
      proposal: { entryId: `entry-${"x".repeat(30)}-${k}`, title: HOSTILE, language: "de" as const, score: 0.3 },
      key: `key${k}abcd`,
    }));
    const body = renderUnanswered(7, items, { nowAnswered: 3, outOfScope: 2 }, catalogue("en").kb, SEAL);
    expectWithinDiscordLimits(body);
    expect(body.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(body.embeds[0]?.description).not.toContain("@everyone");
    expect(body.components).toHaveLength(5);
  });

  it("GIVEN thousands of problem lines THEN the code block stays closed and within the embed, the rest counted", () => {
    const lines = Array.from(
      { length: 3000 },
      (_, k) => `qa.yaml:${k} entry "e${k}" citations[0].quote: not found in ¶3 \`\`\` ${"y".repeat(k % 300)}`,
    );
    const block = codeBlock(lines);
    expect(block.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(block).toMatch(/^```\n[\s\S]*\n… \d+ more\n```$/);
    expect(block.slice(3, -3)).not.toContain("```");
    expectWithinDiscordLimits(problemsBody("Not saved: 3000 problems", lines, "The knowledge file was not changed."));
  });

  it("GIVEN a form THEN at most five fields, titles and labels within Discord's limits, no value over 4000", () => {
    const modal = entryModal(
      "kb:fe:talks-date",
      `Edit ${"x".repeat(80)}`,
      {
        questionsDe: "q".repeat(5000),
        questionsEn: "",
        answerDe: "a",
        answerEn: "b",
        source: "topic: schedule",
      },
      catalogue("de").kb.form,
    );
    expect(modal.title.length).toBeLessThanOrEqual(45);
    expect(modal.components).toHaveLength(5);
    for (const label of modal.components as {
      label: string;
      description?: string;
      component: { value?: string; placeholder?: string };
    }[]) {
      expect(label.label.length).toBeLessThanOrEqual(45);
      expect(label.description?.length ?? 0).toBeLessThanOrEqual(100);
      expect(label.component.placeholder?.length ?? 0).toBeLessThanOrEqual(100);
      expect(label.component.value?.length ?? 0).toBeLessThanOrEqual(FIELD_MAX);
      expect(label.component.value).not.toBe("");
    }
  });
});
