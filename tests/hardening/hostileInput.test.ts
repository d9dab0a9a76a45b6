import { randomBytes } from "node:crypto";
import fc from "fast-check";
import type { AutocompleteInteraction } from "discord.js";
import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../commands/ask.js";
import type { Answerer } from "../../src/answering/answerer.js";
import type { Language } from "../../src/knowledge/types.js";
import type { BotContext } from "../../src/discord/interactions/context.js";
import { createComponentSigner } from "../../src/discord/answers/signedId.js";
import { createCooldown } from "../../src/discord/interactions/cooldown.js";
import { decodeCustomId } from "../../src/discord/answers/customId.js";
import { escapeUserText } from "../../src/discord/reply/escape.js";
import { stripMention } from "../../src/discord/interactions/handleMessage.js";
import { LIMITS } from "../../src/discord/reply/limits.js";
import { renderAnswer } from "../../src/discord/answers/renderAnswer.js";
import { textBody } from "../../src/discord/reply/replyBody.js";
import { createVotes } from "../../src/discord/interactions/votes.js";
import { realAnswerer } from "../support/realKnowledge.js";
import { FIXED_CASES, INVISIBLE_CONTROL, LONE_SURROGATE, MENTION_SYNTAX, anyText } from "./support/hostileStrings.js";
import { expectSafeMessage } from "./support/messageTexts.js";

/** Generated inputs per property; the figures in docs/reliability.md count them. */
const RUNS = { answer: 600, autocomplete: 400, cheap: 1000, language: 200 } as const;
/**
 * A property runs synchronously, so vitest's timeout cannot stop it: a slow input (or shrinking a
 * 100,000-character counterexample) is cut off by fast-check itself and counts as a failure.
 */
const params = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  interruptAfterTimeLimit: 15_000,
  markInterruptAsFailure: true,
});
const LOCALES = ["de", "en-US", "en-GB", "fr", "ja", "", "xx-invalid"] as const;
const STATUSES = ["answered", "ambiguous", "no_match", "smalltalk", "invalid"];

let answerer: Answerer;
beforeAll(async () => {
  answerer = await realAnswerer();
});

/** answer() and the Discord rendering of its result, in both interface languages. */
function answerAndRender(question: string, locale: string): void {
  const answer = answerer.answer(question, { languageHint: locale });
  expect(STATUSES).toContain(answer.status);
  expect(answer.answer.length).toBeGreaterThan(0);
  expect(answer.score).toBeGreaterThanOrEqual(0);
  expect(answer.score).toBeLessThanOrEqual(1);
  expect(() => JSON.stringify(answer)).not.toThrow();
  for (const commands of ["de", "en"] as const) {
    const view = { commands, meta: answerer.knowledge.article.meta, shareable: commands === "de" };
    expectSafeMessage(renderAnswer(answer, view) as unknown as Record<string, unknown>);
  }
}

/** What /ask's autocomplete sends back for `typed`. */
async function autocomplete(typed: string, locale: string): Promise<{ name: string; value: string }[]> {
  let sent: { name: string; value: string }[] | undefined;
  const interaction = {
    locale,
    options: { getFocused: () => typed },
    respond: async (choices: { name: string; value: string }[]) => {
      sent = choices;
    },
  } as unknown as AutocompleteInteraction;
  const context: BotContext = {
    answerer: () => answerer,
    logger: pino({ level: "silent" }),
    cooldown: createCooldown({ limit: 5, windowMs: 10_000 }),
    votes: createVotes(),
    signer: createComponentSigner(randomBytes(32)),
  };
  await ask.autocomplete(interaction, context);
  if (sent === undefined) throw new Error("autocomplete sent nothing");
  return sent;
}

function expectValidChoices(choices: { name: string; value: string }[]): void {
  expect(choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
  for (const choice of choices) {
    expect(choice.name.length).toBeGreaterThanOrEqual(1);
    expect(choice.name.length).toBeLessThanOrEqual(LIMITS.autocompleteChoice);
    expect(choice.value.length).toBeLessThanOrEqual(LIMITS.autocompleteChoice);
    expect(choice.name).not.toMatch(LONE_SURROGATE);
    expect(choice.name).not.toMatch(MENTION_SYNTAX);
  }
}

describe("hostile input: the core and the Discord renderers", () => {
  it.each(FIXED_CASES.map((text) => [JSON.stringify(text.slice(0, 40)), text]))(
    "GIVEN the fixed case %s THEN answer() and the renderers hold",
    (_, text) => answerAndRender(text, "de"),
  );

  it("GIVEN any string (0–100,000 characters) THEN answer() never throws and every rendering is within limits and cannot ping", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LOCALES), (text, locale) => answerAndRender(text, locale)),
      params(RUNS.answer),
    );
  });

  it("GIVEN any string typed into /ask THEN autocomplete answers with at most 25 valid choices", async () => {
    for (const text of FIXED_CASES) expectValidChoices(await autocomplete(text, "en-US"));
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom(...LOCALES), async (text, locale) =>
        expectValidChoices(await autocomplete(text, locale)),
      ),
      params(RUNS.autocomplete),
    );
  });

  it("GIVEN any string THEN escaped echo cannot ping and is valid Unicode; a text reply stays within 2,000 characters", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeUserText(text);
        expect(escaped).not.toMatch(MENTION_SYNTAX);
        expect(escaped).not.toMatch(LONE_SURROGATE);
        expect(escaped).not.toMatch(INVISIBLE_CONTROL);
        expect(textBody(text).content!.length).toBeLessThanOrEqual(LIMITS.content);
      }),
      params(RUNS.cheap),
    );
  });

  it("GIVEN any custom_id or message text THEN decoding the id and stripping the mention never throw", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(() => decodeCustomId(text.slice(0, 200))).not.toThrow();
        expect(typeof stripMention(`<@123456789012345678> ${text}`, "123456789012345678")).toBe("string");
      }),
      params(RUNS.cheap),
    );
  });

  it("GIVEN any question in either language THEN the answer's language is de or en", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Language | undefined>("de", "en", undefined), (text, hint) => {
        expect(["de", "en"]).toContain(answerer.answer(text, hint === undefined ? {} : { languageHint: hint }).language);
      }),
      params(RUNS.language),
    );
  });
});
