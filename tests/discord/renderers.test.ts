import { describe, expect, it } from "vitest";
import { NOTHING_STORED, renderHelp } from "../../src/discord/answers/renderHelp.js";
import { renderParagraphs, renderSource } from "../../src/discord/answers/renderSource.js";
import { renderTopics } from "../../src/discord/answers/renderTopics.js";
import type { Entry, Knowledge } from "../../src/knowledge/types.js";
import { expectWithinDiscordLimits } from "./discordLimits.js";
import { META } from "./sampleAnswers.js";

const entry = (id: string, topic: string, question = `Frage ${id}?`): Entry => ({
  id,
  topic,
  questions: { de: [question], en: [`Question ${id}?`] },
  answer: { de: "Antwort.", en: "Answer." },
  citations: [{ paragraph: 1, quote: "Text" }],
  keywords: [],
  related: [],
  phrasings: { de: [], en: [] },
  outOfScope: { de: [], en: [] },
});

const knowledge = (entries: Entry[]): Knowledge => ({
  article: {
    paragraphs: ["Überschrift", "**Absatz** zwei mit @everyone", "Absatz drei"],
    meta: { ...META, note: { de: "Agenturtext", en: "Agency copy" } },
  },
  topics: { schedule: { de: "Termine", en: "Schedule" }, people: { de: "Beteiligte", en: "People" } },
  entries,
  synonyms: [],
  outOfScope: { de: [], en: [] },
});

describe("renderHelp", () => {
  it("GIVEN each language THEN the help names the commands as that language's clients see them", () => {
    expect(renderHelp("de", NOTHING_STORED).embeds[0]).toMatchObject({
      title: "So funktioniere ich",
      description: expect.stringContaining("`/frage`"),
    });
    expect(renderHelp("en", NOTHING_STORED).embeds[0]).toMatchObject({
      title: "How I work",
      description: expect.stringContaining("`/ask`"),
    });
    expect(renderHelp("en", NOTHING_STORED).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it("GIVEN analytics on or off THEN the help says what is stored and for how long, or that nothing is", () => {
    const on = renderHelp("en", { enabled: true, retentionDays: 30 }).embeds[0]?.description ?? "";
    expect(on).toMatch(/questions I could not answer \(their text and time, language and status\)/);
    expect(on).toMatch(/never who asked/);
    expect(on).toMatch(/keyed hash/);
    expect(on).toMatch(/deleted after 30 days/);
    expect(renderHelp("de", { enabled: true, retentionDays: 90 }).embeds[0]?.description).toMatch(/nach 90 Tagen gelöscht/);
    expect(renderHelp("en", NOTHING_STORED).embeds[0]?.description).toMatch(/What I store:\*\* nothing/);
  });
});

describe("renderSource", () => {
  it("GIVEN the article THEN shows headline, dateline, talks, note and the paragraph count in the locale's language", () => {
    const [embed] = renderSource(knowledge([]).article, "en").embeds;
    expect(embed?.title).toBe(META.headline);
    expect(embed?.fields).toEqual([
      { name: "Dated", value: "Monday (27 December)" },
      { name: "Talks", value: "in January" },
      { name: "Note", value: "Agency copy" },
      { name: "Paragraphs", value: "3 – `/source paragraph:N` shows one of them" },
    ]);
  });

  it("GIVEN paragraph numbers THEN shows each once, in order, verbatim and escaped", () => {
    const [embed] = renderParagraphs(knowledge([]).article, [3, 2, 3, 9], "de").embeds;
    expect(embed?.description).toBe(
      "**Absatz 2 von 3**\n\\*\\*Absatz\\*\\* zwei mit @\u200beveryone\n\n**Absatz 3 von 3**\nAbsatz drei",
    );
  });
});

describe("renderTopics", () => {
  it("GIVEN entries in two topics THEN groups their questions by topic with a menu to pick one", () => {
    const body = renderTopics(knowledge([entry("a", "schedule"), entry("b", "people"), entry("c", "schedule")]), "de");
    expect(body.embeds[0]?.fields).toEqual([
      { name: "Termine", value: "• Frage a?\n• Frage c?" },
      { name: "Beteiligte", value: "• Frage b?" },
    ]);
    const menu = body.components[0]?.components[0];
    expect(menu).toMatchObject({ type: 3, custom_id: "qa:pick:de:0", placeholder: "Frage auswählen …" });
    expect(menu && "options" in menu ? menu.options.map((o) => [o.value, o.description]) : []).toEqual([
      ["a", "Termine"],
      ["c", "Termine"],
      ["b", "Beteiligte"],
    ]);
  });

  it("GIVEN one topic (a no_match button) THEN only that topic, in the given language", () => {
    const body = renderTopics(knowledge([entry("a", "schedule"), entry("b", "people")]), "en", "people");
    expect(body.embeds[0]).toMatchObject({ title: "People", fields: [{ name: "People", value: "• Question b?" }] });
  });

  it("GIVEN 300 entries with long questions THEN lists what fits, says how many more, and stays within every limit", () => {
    const entries = Array.from({ length: 300 }, (_, i) =>
      entry(`e-${i}`, i % 2 === 0 ? "schedule" : "people", `${"Lange Frage ".repeat(12)}${i}?`),
    );
    const body = renderTopics(knowledge(entries), "de");
    expectWithinDiscordLimits(body);
    expect(body.embeds[0]?.fields?.[0]?.value).toMatch(/… und \d+ weitere$/);
    expect(body.components).toHaveLength(5);
  });
});
