import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knowledgeHistory } from "../../../src/knowledge/store/store.js";
import { asModerator, buttons, firstReply, kb, replyText, type KbHarness, type Reply, startKbHarness } from "./kbHarness.js";

let h: KbHarness;
beforeAll(async () => {
  h = await startKbHarness();
});
afterAll(async () => {
  await h?.close();
});

const moderator = (): { guildId: string; permissions: string } => asModerator(h);
const PRIMARY = 1;
const SECONDARY = 2;

/** Asks in the other server, as an ordinary member with the given locale. */
async function askAs(question: string, locale: string): Promise<void> {
  await firstReply(h.fake.slashCommand({ name: "ask", options: { question }, guildId: h.otherGuild.id, locale }));
}

/** The buttons of the list's row for the question group numbered `rank`. */
function row(list: Reply, rank: number): { custom_id: string; label?: string; style?: number }[] {
  return buttons(list).filter((b) => b.label?.startsWith(`${rank}: `));
}

describe("/kb unanswered: the closest entry, the right button first, and out of scope", () => {
  it("GIVEN a question answered in English, which the core alone reads as German THEN its closest entry is named by its English question", async () => {
    // "Januar" alone is German to the core; an English client's question is answered (and recorded) in English.
    await askAs("Januar", "en-US");
    const list = await firstReply(kb(h, "unanswered"));
    expect(replyText(list)).toMatch(/1× “Januar” \(en\)\n {3}closest: `talks-date` “When are the talks\?” \(0\.\d\d\)/);
    expect(row(list, 1)[0]).toMatchObject({ label: "1: add as a phrasing of “When are the talks?”" });
  });

  it("GIVEN a strong match and a weak one THEN 'add as a phrasing' is the primary button only for the strong one", async () => {
    // Ambiguous between two entries: the answerer is confident it is one of them.
    for (let k = 0; k < 3; k++) await askAs("spokesperson", "en-US");
    const list = await firstReply(kb(h, "unanswered"));
    const text = replyText(list);
    expect(text).toMatch(/\*\*1\.\*\* 3× “spokesperson” \(en\)\n {3}closest: `speaker-\w+` “.*” \(0\.[5-9]\d\)/);
    expect(text).toMatch(/\*\*2\.\*\* 1× “Januar” \(en\)\n {3}closest: `talks-date` “When are the talks\?” \(0\.[0-4]\d\)/);
    const [strong, weak] = [row(list, 1), row(list, 2)];
    expect(strong.map((b) => [b.custom_id.split(":")[1], b.style])).toEqual([
      ["phrase", PRIMARY],
      ["new", SECONDARY],
      ["oos", SECONDARY],
    ]);
    expect(weak.map((b) => [b.custom_id.split(":")[1], b.style])).toEqual([
      ["phrase", SECONDARY],
      ["new", SECONDARY],
      ["oos", SECONDARY],
    ]);
  });

  it("GIVEN 'out of scope' clicked THEN the question is in qa.yaml's outOfScope, recorded, live, off the list; /kb undo brings it back", async () => {
    await askAs("Wie wird das Wetter morgen?", "de");
    await askAs("Wie wird das Wetter morgen?", "de");
    const list = await firstReply(kb(h, "unanswered"));
    const rank = /\*\*(\d)\.\*\* 2× “Wie wird das Wetter morgen\?”/.exec(replyText(list))?.[1];
    expect(rank).toBeDefined();
    const outOfScope = row(list, Number(rank)).find((b) => b.custom_id.startsWith("kb:oos:"))!;

    const marked = await firstReply(h.fake.buttonClick({ customId: outOfScope.custom_id, ...moderator() }));
    expect(marked.ephemeral).toBe(true);
    expect(replyText(marked)).toMatch(/^Saved as change #(\d+): marked a question \(de\) as out of scope\.\nIt is live now/);
    expect(await h.file()).toMatch(/outOfScope:\n\s+de:\n\s+- Wie wird das Wetter morgen\?/);
    const [record] = await knowledgeHistory({ dataDir: h.copy.dataDir });
    expect(record).toMatchObject({ author: `discord:${h.fake.user.id}`, action: "marked a question (de) as out of scope" });

    const after = replyText(await firstReply(kb(h, "unanswered")));
    expect(after).not.toContain("Wetter");
    expect(after).toMatch(/1 marked as out of scope is left out\./);

    // Marking it twice is refused by the store, which says why.
    const again = await firstReply(h.fake.buttonClick({ customId: outOfScope.custom_id, ...moderator() }));
    expect(replyText(again)).toMatch(/^Not saved: 1 problem[\s\S]*outOfScope\.de: is already listed as out of scope/);

    await firstReply(kb(h, "undo"));
    expect(await h.file()).not.toContain("Wie wird das Wetter morgen?");
    expect(replyText(await firstReply(kb(h, "unanswered")))).toMatch(/2× “Wie wird das Wetter morgen\?” \(de\)/);
  });
});
