import { describe, expect, it } from "vitest";
import { escapeUserText, neutralizeMentions } from "../../src/discord/reply/escape.js";

describe("escapeUserText", () => {
  it("GIVEN @everyone, @here, a user, a role and a channel mention THEN none of them stays a mention", () => {
    const escaped = escapeUserText("@everyone @here <@123456789012345678> <@!1> <@&987654321098765432> <#555>");
    expect(escaped).not.toMatch(/@everyone|@here|<@|<#/);
    expect(escaped.replaceAll("\u200b", "")).toBe("@everyone @here <@123456789012345678> <@!1> <@&987654321098765432> <#555>");
  });

  it("GIVEN markdown THEN it is shown literally", () => {
    expect(escapeUserText("**fett** _kursiv_ `code` [link](https://x.y)")).toBe(
      "\\*\\*fett\\*\\* \\_kursiv\\_ \\`code\\` \\[link](https://x.y)",
    );
  });

  it("GIVEN a heading, a list or a block quote at the start of a line THEN they are escaped too", () => {
    expect(escapeUserText("# Titel\n- Punkt\n> Zitat")).toBe("\\# Titel\n\\- Punkt\n\\> Zitat");
  });

  it("GIVEN plain text THEN it is unchanged", () => {
    expect(escapeUserText("Wann finden die Gespräche statt?")).toBe("Wann finden die Gespräche statt?");
    expect(neutralizeMentions("mail@example.org")).toBe("mail@example.org");
  });
});
