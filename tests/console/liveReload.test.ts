import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { changeKnowledge } from "../../src/knowledge/store/store.js";
import { copyEnv, fixtureKnowledgeCopy } from "../support/knowledgeCopy.js";
import { spawnWorker } from "../support/spawnWorker.js";

const count = (text: string, pattern: RegExp): number => [...text.matchAll(new RegExp(pattern, "g"))].length;

describe("local console (npm start without a token) following the knowledge file", () => {
  it("GIVEN an edit while it runs THEN answers from it within 2 s; GIVEN a broken save THEN reports it and keeps answering", async () => {
    const copy = await fixtureKnowledgeCopy();
    const app = spawnWorker("src/main.ts", [], { ...copyEnv(copy), LOG_LEVEL: "info" });
    try {
      await app.waitFor(/DISCORD_TOKEN/);
      app.child.stdin.write("Wann finden die Gespräche statt?\n");
      await app.waitFor(/Am 10\. Januar\./);

      const written = Date.now();
      const outcome = await changeKnowledge(
        { file: copy.file, dataDir: copy.dataDir, historyLimit: 5 },
        {
          kind: "add",
          fields: {
            topic: "schedule",
            questions: { de: ["Wer spricht für die Regierung?"], en: ["Who speaks for the government?"] },
            answer: { de: "Ein Sprecher, laut Artikel.", en: "A spokesperson, says the article." },
            citations: [{ paragraph: 3, quote: "sagte der Sprecher" }],
          },
        },
        "test",
      );
      expect(outcome.ok).toBe(true);
      await app.waitFor(/knowledge reloaded: 3 entries/, 2000);
      expect(Date.now() - written).toBeLessThan(2000);
      app.child.stdin.write("Wer spricht für die Regierung?\n");
      await app.waitFor(/Ein Sprecher, laut Artikel\./);

      await writeFile(copy.file, (await readFile(copy.file, "utf8")).replace("topic: schedule", "topic: nope"));
      await app.waitFor(/still answering from the last good version/, 2000);
      expect(app.output()).toMatch(/entry \\"talks-date\\" topic: unknown topic \\"nope\\" \(known: schedule\)/);
      app.child.stdin.write("Wer spricht für die Regierung?\n");
      await app.waitFor(/Ein Sprecher, laut Artikel\.[\s\S]*Ein Sprecher, laut Artikel\./);
      expect(count(app.output(), /Ein Sprecher, laut Artikel\./)).toBe(2);

      app.child.stdin.end();
      expect(await app.exited).toBe(0);
    } finally {
      app.child.kill();
    }
  });
});
