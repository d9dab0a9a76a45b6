import { afterEach, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answering/answerer.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { followKnowledge, type LiveAnswerer } from "../../src/runtime/liveAnswerer.js";
import { capturedLogger } from "../support/botKit.js";
import { fixtureKnowledgeCopy } from "../support/knowledgeCopy.js";

let live: LiveAnswerer | undefined;
afterEach(() => live?.close());

describe("followKnowledge", () => {
  it("GIVEN a file with a standing warning reloaded three times THEN the warning is logged once, the summary each time", async () => {
    const copy = await fixtureKnowledgeCopy((text) =>
      text.replace(
        'quote: "„Wir freuen uns“, sagte der Sprecher."',
        "quote: Bilaterale Gespräche sind für den 10. Januar geplant",
      ),
    );
    const loaded = await loadKnowledge(copy.file);
    if (!loaded.ok) throw new Error("the fixture does not load");
    const { logger, logs } = capturedLogger();
    live = followKnowledge({ file: copy.file, initial: createAnswerer(loaded.knowledge), logger });
    for (let k = 0; k < 3; k++) expect((await live.reload()).ok).toBe(true);
    expect(logs.filter((line) => line.level === 40).map((line) => line.msg)).toEqual([
      'warning: qa.yaml:30 entry "speaker-quote" citations[0].quote: also stands in the earlier ¶2',
    ]);
    expect(logs.filter((line) => line.msg.startsWith("knowledge reloaded:"))).toHaveLength(3);
  });
});
