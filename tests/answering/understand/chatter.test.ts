import { describe, expect, it } from "vitest";
import { isOnlyChatter, withoutChatter } from "../../../src/answering/understand/chatter.js";

describe("withoutChatter", () => {
  it.each([
    ["hey all does anyone know when the OSCE thing is", "when the OSCE thing is"],
    ["Frage an den Bot: wann trifft sich die NATO mit Russland", "wann trifft sich die NATO mit Russland"],
    ["sorry for the dumb question but who announced the talks", "who announced the talks"],
    ["weiß jemand, ob die osze auch dabei ist", "die osze auch dabei ist"],
    // "checkt jemand …": "does anyone get …", slang for the same frame.
    ["checkt jemand wer das foto gemacht hat", "wer das foto gemacht hat"],
    ["kann mir jemand sagen wann das treffen ist", "wann das treffen ist"],
    ["quick q: what about crimea lol", "what about crimea"],
    ["Moin, kurze Frage: Was sind Putins Forderungen", "Was sind Putins Forderungen"],
    ["anyway what I actually wanted to know is what Putin demanded from the West", "what Putin demanded from the West"],
    ["ich wollte mal wissen, wer die Gespräche angekündigt hat", "wer die Gespräche angekündigt hat"],
    ["just wondering who represents the US thanks in advance", "who represents the US"],
    ["one more thing: where was the summit", "where was the summit"],
    [
      "Two quick ones: when's the NATO-Russia meeting and when is the OSCE one",
      "when's the NATO-Russia meeting and when is the OSCE one",
    ],
    ["zwei kurze Fragen: wann ist das Treffen", "wann ist das Treffen"],
    ["wait is the OSCE meeting before or after the NATO one", "is the OSCE meeting before or after the NATO one"],
    ["Hallöchen wann sind die bilateralen Gespräche", "wann sind die bilateralen Gespräche"],
    [
      "Sehr geehrte Damen und Herren, könnten Sie mir bitte mitteilen, welche Rolle die OSZE spielt",
      "welche Rolle die OSZE spielt",
    ],
    ["Dürfte ich Sie bitten, mir den vollen Namen der OSZE zu nennen", "den vollen Namen der OSZE zu nennen"],
    ["Could you kindly indicate the date of the bilateral talks", "the date of the bilateral talks"],
    ["Would you be so kind as to tell me who announced the talks", "who announced the talks"],
    ["Ich bitte um Auskunft, welche Rolle die OSZE spielt", "welche Rolle die OSZE spielt"],
    ["Ich wäre Ihnen dankbar, wenn Sie mir mitteilen könnten, wann das Treffen ist", "wann das Treffen ist"],
    [
      "Dürfte ich erfahren, in welcher Region Russland einen Aufstand unterstützt",
      "in welcher Region Russland einen Aufstand unterstützt",
    ],
    ["Darf ich höflich fragen, wer Bidens Amtskollege ist", "wer Bidens Amtskollege ist"],
    ["Dürfte ich bitte kurz erfahren, wann das Treffen ist", "wann das Treffen ist"],
    ["I would be grateful if you could clarify which body will meet Moscow", "which body will meet Moscow"],
    ["I'd appreciate clarification as to which body will meet with Moscow", "which body will meet with Moscow"],
    ["May I ask in what capacity the source spoke", "in what capacity the source spoke"],
    ["I would like to know under whose auspices the meeting will take place", "under whose auspices the meeting will take place"],
    ["wann ist das Treffen danke im voraus", "wann ist das Treffen"],
    ["Wann finden die Gespräche statt", "Wann finden die Gespräche statt"],
    ["Lena was asking me: the OSCE meeting is on Jan 14, right", "the OSCE meeting is on Jan 14, right"],
    ["mein Kumpel hat mich gefragt, wann die NATO tagt", "wann die NATO tagt"],
    ["Kurze Zwischenfrage: wer hat das gesagt", "wer hat das gesagt"],
    ["sorry for the Doppelfrage: when is A, and when is B", "when is A, and when is B"],
    ["bruh what kinda sanctions", "what kinda sanctions"],
    ["so basically nato meets the russians too", "nato meets the russians too"],
    ["Where has Russia stationed its troops, acording to the artcle", "Where has Russia stationed its troops"],
    ["laut artikel, wann ist das treffen", "wann ist das treffen"],
    ["who asked for the talks", "who asked for the talks"],
  ])("GIVEN %j THEN the question alone: %j", (sentence, question) => {
    expect(withoutChatter(sentence)).toBe(question);
  });

  it.each(["hallo zusammen", "ty!", "Danke!!", "hey bot", "merci im voraus", "sorry", "lol"])(
    "GIVEN %j THEN only chatter",
    (sentence) => {
      expect(isOnlyChatter(sentence)).toBe(true);
    },
  );

  it.each(["wann ist das treffen", "crimea", "nato?"])("GIVEN %j THEN not chatter", (sentence) => {
    expect(isOnlyChatter(sentence)).toBe(false);
  });
});
