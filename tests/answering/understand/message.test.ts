import { describe, expect, it } from "vitest";
import { cleanMessage, splitSentences } from "../../../src/answering/understand/message.js";

describe("cleanMessage", () => {
  it("GIVEN mentions, emoji, links and markdown THEN only the words are left", () => {
    expect(cleanMessage("<@123456> hey 👋 **wann** ist das <:pepe:987> treffen? https://x.y/z :)")).toBe(
      "hey wann ist das treffen?",
    );
    expect(cleanMessage("@everyone <@&42> <#7> ok")).toBe("ok");
  });

  it("GIVEN a name typed as a mention THEN it is set aside, an e-mail address is not", () => {
    expect(cleanMessage("@Lena was asking me: when is it? (@Sarah_93 too)")).toBe("was asking me: when is it? ( too)");
    expect(cleanMessage("write to press@nsc.gov")).toBe("write to press@nsc.gov");
  });
});

describe("splitSentences", () => {
  it.each([
    [
      "hey all! when is the OSCE thing? ty!",
      [
        ["hey all", false],
        ["when is the OSCE thing", true],
        ["ty", false],
      ],
    ],
    ["die NATO trifft sich am 14. mit Russland, richtig?", [["die NATO trifft sich am 14. mit Russland, richtig", true]]],
    [
      "Das Treffen ist am 13.1. in Wien. Stimmt das?",
      [
        ["Das Treffen ist am 13.1. in Wien", false],
        ["Stimmt das", true],
      ],
    ],
    ["U.S. and Russia meet on Jan. 10, right?", [["U.S. and Russia meet on Jan. 10, right", true]]],
    [
      "z.B. die NATO. Und wann?",
      [
        ["z.B. die NATO", false],
        ["Und wann", true],
      ],
    ],
    [
      "first line\nsecond line",
      [
        ["first line", false],
        ["second line", false],
      ],
    ],
    ["?!?", []],
  ] as const)("GIVEN %j THEN its sentences", (message, sentences) => {
    expect(splitSentences(message).map((s) => [s.text, s.asks])).toEqual(sentences);
  });
});
