import type { APIButtonComponent, APIStringSelectComponent } from "discord.js";
import { describe, expect, it } from "vitest";
import { renderAnswer, STATUS_COLOURS } from "../../src/discord/answers/renderAnswer.js";
import type { ReplyBody } from "../../src/discord/reply/replyBody.js";
import { expectWithinDiscordLimits } from "./discordLimits.js";
import { META, sampleAnswer } from "./sampleAnswers.js";

const buttons = (body: ReplyBody): APIButtonComponent[] =>
  body.components.flatMap((row) => row.components).filter((c): c is APIButtonComponent => c.type === 2);
const menus = (body: ReplyBody): APIStringSelectComponent[] =>
  body.components.flatMap((row) => row.components).filter((c): c is APIStringSelectComponent => c.type === 3);
const idOf = (c: APIButtonComponent): string => ("custom_id" in c ? c.custom_id : "");
const faceOf = (c: APIButtonComponent): string | undefined =>
  "label" in c && c.label !== undefined ? c.label : "emoji" in c ? c.emoji?.name : undefined;

describe("renderAnswer", () => {
  it("GIVEN a German answer THEN the embed has the matched question, the answer, and the quote with ¶ and headline", () => {
    const body = renderAnswer(sampleAnswer(), { meta: META, commands: "en", shareable: true });
    const [embed] = body.embeds;
    expect(embed).toMatchObject({
      title: "Wann finden die Gespräche statt?",
      description: "Am 10. Januar.",
      color: STATUS_COLOURS.answered,
    });
    expect(embed?.fields).toEqual([
      {
        name: "Quelle",
        value: "> Bilaterale Gespräche sind für den 10. Januar geplant\n— ¶ 6 · *USA und Russland verhandeln im Januar*",
      },
    ]);
    expect(body.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it("GIVEN a private answer in a server THEN offers share, paragraph, 👍/👎 and the follow-ups, labelled in the answer's language", () => {
    const body = renderAnswer(sampleAnswer(), { meta: META, commands: "en", shareable: true });
    expect(buttons(body).map(faceOf)).toEqual(["Im Kanal teilen", "Absatz zeigen", "👍", "👎", "Was sagte der Sprecher?"]);
    expect(buttons(body).map(idOf)).toEqual([
      "qa:share:de:talks-date",
      "qa:para:de:talks-date",
      "qa:up:de:talks-date",
      "qa:down:de:talks-date",
      "qa:rel:de:speaker-quote",
    ]);
  });

  it("GIVEN an English answer THEN labels and buttons are English, whoever asks: one message, one language", () => {
    const answer = sampleAnswer({ language: "en", title: "When are the talks?", answer: "On January 10.", related: [] });
    const body = renderAnswer(answer, { meta: META, commands: "en", shareable: false });
    expect(body.embeds[0]?.fields?.[0]?.name).toBe("Source");
    expect(buttons(body).map(faceOf)).toEqual(["Show paragraph", "👍", "👎"]);
    expect(buttons(body).map(idOf)[0]).toBe("qa:para:en:talks-date");
  });

  it("GIVEN an English answer citing two paragraphs THEN the button says so in English", () => {
    const citations = [
      { paragraph: 6, quote: "a" },
      { paragraph: 7, quote: "b" },
    ];
    const body = renderAnswer(sampleAnswer({ language: "en", citations }), { meta: META, commands: "en", shareable: true });
    expect(
      buttons(body)
        .slice(0, 2)
        .map((b) => ("label" in b ? b.label : "")),
    ).toEqual(["Share in channel", "Show paragraphs"]);
    expect(body.embeds[0]?.fields).toHaveLength(2);
  });

  it("GIVEN an ambiguous answer THEN shows the question escaped and a did-you-mean menu of the suggestions", () => {
    const answer = sampleAnswer({
      status: "ambiguous",
      question: "@everyone **Gespräche** <@123456789012345678>?",
      answer: "Die Frage passt zu mehr als einer Antwort. Meintest du:",
      entryId: null,
      title: null,
      citations: [],
      related: [],
      suggestions: [
        { entryId: "talks-date", question: "Wann finden die Gespräche statt?" },
        { entryId: "speaker-quote", question: "Was sagte der Sprecher?" },
      ],
    });
    const body = renderAnswer(answer, { meta: META, commands: "en", shareable: true });
    const [embed] = body.embeds;
    expect(embed?.color).toBe(STATUS_COLOURS.ambiguous);
    expect(embed?.title).not.toMatch(/@everyone|<@\d|\*\*/);
    expect(embed?.title).toContain("\\*\\*Gespräche\\*\\*");
    expect(embed?.description).toContain("• Was sagte der Sprecher?");
    expect(buttons(body)).toEqual([]);
    expect(menus(body)).toEqual([
      expect.objectContaining({
        custom_id: "qa:pick:de:",
        placeholder: "Meintest du …",
        options: [
          { label: "Wann finden die Gespräche statt?", value: "talks-date" },
          { label: "Was sagte der Sprecher?", value: "speaker-quote" },
        ],
      }),
    ]);
  });

  it("GIVEN no match THEN says so plainly and offers up to three topics as buttons", () => {
    const answer = sampleAnswer({
      status: "no_match",
      language: "en",
      question: "What's the weather?",
      answer: "The article does not say.",
      entryId: null,
      title: null,
      citations: [],
      related: [],
      topics: ["schedule", "people", "agenda", "ukraine"].map((id) => ({ id, name: id.toUpperCase() })),
    });
    const body = renderAnswer(answer, { meta: META, commands: "en", shareable: true });
    expect(body.embeds[0]).toMatchObject({
      title: "“What's the weather?”",
      description: "The article does not say.",
      color: STATUS_COLOURS.no_match,
    });
    expect(body.embeds[0]?.fields).toBeUndefined();
    expect(buttons(body).map(idOf)).toEqual(["qa:topic:en:schedule", "qa:topic:en:people", "qa:topic:en:agenda"]);
    expect(menus(body)).toEqual([]);
  });

  it("GIVEN smalltalk THEN only the core's friendly text, without components, naming the help command of the asker's client", () => {
    const answer = sampleAnswer({
      status: "smalltalk",
      answer: "Hallo! … `/help` zeigt, wie ich funktioniere.",
      entryId: null,
      title: null,
      citations: [],
      related: [],
    });
    const german = renderAnswer(answer, { meta: META, commands: "de", shareable: true });
    expect(german.embeds).toEqual([
      { description: "Hallo! … `/hilfe` zeigt, wie ich funktioniere.", color: STATUS_COLOURS.smalltalk },
    ]);
    expect(german.components).toEqual([]);
    const english = renderAnswer(answer, { meta: META, commands: "en", shareable: true });
    expect(english.embeds[0]?.description).toBe("Hallo! … `/help` zeigt, wie ich funktioniere.");
  });

  it("GIVEN everything far too long THEN every Discord limit holds and the source keeps its ¶ and headline", () => {
    const long = (word: string, count: number): string => Array.from({ length: count }, () => word).join(" ");
    const answer = sampleAnswer({
      title: long("Überlange", 60),
      answer: long("Antwort", 1500),
      citations: Array.from({ length: 30 }, (_, i) => ({ paragraph: i + 1, quote: long("Zitat", 400) })),
      related: Array.from({ length: 9 }, (_, i) => ({ entryId: `related-${i}`, question: long("Frage", 40) })),
    });
    const body = renderAnswer(answer, { meta: META, commands: "en", shareable: true });
    expectWithinDiscordLimits(body);
    const [embed] = body.embeds;
    expect(embed?.title).toMatch(/Überlange…$/);
    expect(embed?.fields?.[0]?.value).toMatch(/Zitat…\n— ¶ 1 · \*USA und Russland verhandeln im Januar\*$/);
  });

  it("GIVEN 40 suggestions with long questions and an entry id too long for a value THEN the menu stays within limits", () => {
    const suggestions = Array.from({ length: 40 }, (_, i) => ({
      entryId: i === 0 ? "x".repeat(101) : `entry-${i}`,
      question: "Frage ".repeat(30),
    }));
    const answer = sampleAnswer({ status: "ambiguous", entryId: null, title: null, citations: [], related: [], suggestions });
    const body = renderAnswer(answer, { meta: META, commands: "en", shareable: true });
    expectWithinDiscordLimits(body);
    expect(menus(body)[0]?.options.map((o) => o.value)).not.toContain("x".repeat(101));
  });
});
