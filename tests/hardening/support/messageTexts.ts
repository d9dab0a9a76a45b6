import { expect } from "vitest";
import { expectWithinDiscordLimits } from "../../discord/discordLimits.js";
import { INVISIBLE_CONTROL, LONE_SURROGATE, MENTION_SYNTAX } from "./hostileStrings.js";

/** Every string of a message body that Discord would show: content, embeds, buttons, menus. */
export function messageTexts(body: unknown): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === "string") {
      // Ids are not shown; `url` never carries text a person typed.
      if (!["custom_id", "url", "value"].includes(key)) texts.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) if (k !== "allowedMentions" && k !== "allowed_mentions") walk(v, k);
    }
  };
  walk(body, "");
  return texts;
}

/**
 * A message the bot may send: within Discord's limits, mentions switched off, and no text that
 * would ping or link even if they were not, nor anything Discord cannot encode or that would
 * disturb the text around it.
 */
export function expectSafeMessage(body: Record<string, unknown>): void {
  expectWithinDiscordLimits(body);
  const mentions = body["allowedMentions"] ?? body["allowed_mentions"];
  expect(mentions).toMatchObject({ parse: [] });
  for (const text of messageTexts(body)) {
    expect(text, "mention syntax in an outgoing message").not.toMatch(MENTION_SYNTAX);
    expect(text, "lone surrogate in an outgoing message").not.toMatch(LONE_SURROGATE);
    expect(text, "control character in an outgoing message").not.toMatch(INVISIBLE_CONTROL);
  }
}
