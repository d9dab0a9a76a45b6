import { describe, expect, it } from "vitest";
import { stripMention } from "../../src/discord/interactions/handleMessage.js";

describe("stripMention", () => {
  it("GIVEN the bot's mention in either form, anywhere THEN the question without it", () => {
    expect(stripMention("<@42> Wann finden die Gespräche statt?", "42")).toBe("Wann finden die Gespräche statt?");
    expect(stripMention("When are the talks, <@!42>?", "42")).toBe("When are the talks, ?");
    expect(stripMention("<@42>", "42")).toBe("");
  });

  it("GIVEN someone else's mention THEN it stays (and is escaped when echoed)", () => {
    expect(stripMention("<@42> ask <@7>", "42")).toBe("ask <@7>");
  });
});
