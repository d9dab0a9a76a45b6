import { expect } from "vitest";
import { embedLength } from "../../src/discord/reply/fitEmbed.js";
import { LIMITS } from "../../src/discord/reply/limits.js";

interface Body {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
}

/**
 * Checks a message body (as rendered, or as the fake Discord received it) against every limit
 * Discord enforces, and that no component id repeats.
 */
export function expectWithinDiscordLimits(body: Body): void {
  if (typeof body.content === "string") expect(body.content.length).toBeLessThanOrEqual(LIMITS.content);
  const embeds = (body.embeds ?? []) as { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    }
  }
  expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);

  const rows = (body.components ?? []) as { components: Record<string, unknown>[] }[];
  expect(rows.length).toBeLessThanOrEqual(LIMITS.actionRows);
  const ids: string[] = [];
  for (const row of rows) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const component of row.components) {
      const id = component["custom_id"] as string;
      ids.push(id);
      expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
      if (component["type"] === 2) expect(String(component["label"] ?? "").length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      if (component["type"] === 3) {
        const options = component["options"] as { label: string; value: string; description?: string }[];
        expect(options.length).toBeGreaterThan(0);
        expect(options.length).toBeLessThanOrEqual(LIMITS.selectOptions);
        expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
        for (const option of options) {
          expect(option.label.length).toBeLessThanOrEqual(LIMITS.selectOptionLabel);
          expect(option.value.length).toBeLessThanOrEqual(LIMITS.selectOptionLabel);
          expect(option.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.selectOptionDescription);
        }
      }
    }
  }
  expect(new Set(ids).size).toBe(ids.length);
}
