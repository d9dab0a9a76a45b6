import { existsSync } from "node:fs";
import { open, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkKnowledgeText, loadKnowledge, type LoadResult } from "../../src/knowledge/load.js";
import { formatProblem } from "../../src/knowledge/problems.js";
import { DEFAULT_MAX_BYTES } from "../../src/knowledge/readCapped.js";
import { parseYamlSource } from "../../src/knowledge/yamlSource.js";
import { fixtureKnowledge } from "../support/knowledgeFixture.js";
import { bigKnowledgeText } from "./support/bigKnowledge.js";
import { HOSTILE_PIECES } from "./support/hostileStrings.js";

const PWNED = join(tmpdir(), `talks-qa-pwned-${process.pid}`);
/** Generated YAML texts tried; counted in the figures of docs/reliability.md. */
const YAML_RUNS = 500;

/** Loads the fixture knowledge with `edit` applied; returns the formatted problems (or [] when it loads). */
async function refusal(edit: (text: string) => string): Promise<string[]> {
  const result = await loadKnowledge(await fixtureKnowledge(edit));
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Runs `load` and says how long it took and how much the heap grew meanwhile. */
async function measured(load: () => Promise<LoadResult>): Promise<{ result: LoadResult; ms: number; heapMb: number }> {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = await load();
  return { result, ms: performance.now() - started, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6 };
}

const billionLaughs = (): string => {
  const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
  }
  return `${levels.join("\n")}\n`;
};

describe("the knowledge loader with hostile YAML", () => {
  it.each([
    ["!!js/function", `!!js/function "function () { require('fs').writeFileSync('${PWNED}', 'x') }"`],
    ["!!js/undefined", "!!js/undefined ''"],
    ["!!python/object/apply", `!!python/object/apply:os.system ["touch ${PWNED}"]`],
    ["an unknown local tag", "!include /etc/passwd"],
    ["a verbatim tag", "!<tag:evil.example,2024:run> now"],
    ["!!binary (YAML 1.1 only)", "!!binary aGVsbG8="],
  ])("GIVEN %s THEN a clear refusal at its line, and nothing runs", async (_, tagged) => {
    const problems = await refusal((t) => t.replace("de: Am 10. Januar.", `de: ${tagged}`));
    expect(problems).toEqual([expect.stringMatching(/^qa\.yaml:14: YAML: Unresolved tag: /)]);
    expect(existsSync(PWNED)).toBe(false);
  });

  it("GIVEN a %YAML 1.1 directive THEN the core schema still applies: no merge keys, no binary, no timestamps", async () => {
    const problems = await refusal((t) => `%YAML 1.1\n---\n${t.replace("de: Am 10. Januar.", "de: !!timestamp 2001-12-14")}`);
    expect(problems.join("\n")).toMatch(/Unresolved tag: tag:yaml\.org,2002:timestamp/);
    const merged = parseYamlSource("%YAML 1.1\n---\nbase: &b { x: 1 }\nuse:\n  <<: *b\n", "qa.yaml").value;
    expect(merged).toEqual({ base: { x: 1 }, use: { "<<": { x: 1 } } });
  });

  it("GIVEN a billion laughs (9 levels of 9 aliases) THEN refused at once, in bounded memory", async () => {
    const { result, ms, heapMb } = await measured(async () => checkKnowledgeText(billionLaughs(), "/tmp/qa.yaml"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0]!)).toMatch(/Excessive alias count/);
    expect(ms).toBeLessThan(5000);
    expect(heapMb).toBeLessThan(200);
  });

  it("GIVEN a few aliases THEN they still work (anchors are a moderator's tool, not an attack)", async () => {
    const problems = await refusal((t) =>
      t
        .replace("topic: schedule\n    questions:\n      de: [Wann", "topic: &t schedule\n    questions:\n      de: [Wann")
        .replace("  - id: speaker-quote\n    topic: schedule", "  - id: speaker-quote\n    topic: *t"),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ["flow sequences", "[".repeat(10_000) + "]".repeat(10_000)],
    ["flow mappings", "{a: ".repeat(5_000) + "1" + "}".repeat(5_000)],
    ["an unclosed flow", "[".repeat(10_000)],
    ["block sequences", `entries:\n${"- ".repeat(10_000)}x\n`],
  ])(
    "GIVEN %s nested thousands deep THEN refused (twice in a row: the second parse used to abort the process)",
    async (_, text) => {
      for (let round = 0; round < 2; round++) {
        const result = await checkKnowledgeText(text, "/tmp/qa.yaml");
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/nested more than 64 levels deep/)]);
      }
    },
  );

  it("GIVEN a mapping of 80,000 keys THEN answered in bounded time (the library's own unique-key check is quadratic)", async () => {
    const keys = Array.from({ length: 80_000 }, (_, i) => `  k${i}: v`).join("\n");
    const { result, ms } = await measured(async () => checkKnowledgeText(`article: x.txt\nextra:\n${keys}\n`, "/tmp/qa.yaml"));
    expect(result.ok).toBe(false);
    expect(ms).toBeLessThan(10_000);
  });

  it.each([
    ["at the top", (t: string) => `article: other.txt\n${t}`, /^qa\.yaml:3: YAML: duplicate key "article"/],
    [
      "in an entry",
      (t: string) =>
        t.replace(
          "    topic: schedule\n    questions:\n      de: [Wann",
          "    topic: schedule\n    topic: other\n    questions:\n      de: [Wann",
        ),
      /^qa\.yaml:10: YAML: duplicate key "topic"/,
    ],
    [
      "in a flow mapping",
      (t: string) => t.replace("{ de: Termine, en: Schedule }", "{ de: Termine, en: Schedule, de: X }"),
      /^qa\.yaml:4: YAML: duplicate key "de"/,
    ],
  ])("GIVEN a duplicate key %s THEN refused at the duplicate's line", async (_, edit, message) => {
    expect(await refusal(edit)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    [
      "entries as text",
      (t: string) => t.replace(/entries:[\s\S]*/, "entries: lots\n"),
      /entries: must be array, not text "lots"/,
    ],
    ["a number as id", (t: string) => t.replace("id: talks-date", "id: 5"), /id: must be string, not number 5/],
    [
      "a paragraph as words",
      (t: string) => t.replace("- paragraph: 2", "- paragraph: seven"),
      /citations\[0\]\.paragraph: must be number/,
    ],
    [
      "questions as one string",
      (t: string) => t.replace("de: [Wann finden die Gespräche statt?]", "de: Wann?"),
      /questions\.de: must be array/,
    ],
    ["a __proto__ key", (t: string) => `__proto__: { polluted: yes }\n${t}`, /unknown field "__proto__"/],
    ["two documents", (t: string) => `${t}---\nentries: []\n`, /more than one document/],
    ["an empty file", () => "", /must be object/],
  ])("GIVEN %s THEN a clear refusal", async (_, edit, message) => {
    const problems = await refusal(edit);
    expect(problems.join("\n")).toMatch(message);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("GIVEN any text at all THEN parsing never throws, and the result is data or located problems", () => {
    const yamlish = fc.constantFrom(
      ...HOSTILE_PIECES,
      "- ",
      ": ",
      "? ",
      "&a ",
      "*a ",
      "!!str ",
      "!x ",
      "{",
      "}",
      "[",
      "]",
      "|\n",
      ">-\n",
      "%YAML 1.2\n",
      "---\n",
      "...\n",
      "\n  ",
      "#",
    );
    fc.assert(
      fc.property(fc.array(yamlish, { maxLength: 60 }), (pieces) => {
        const source = parseYamlSource(pieces.join(""), "qa.yaml");
        expect(source.problems.length > 0 || source.value !== undefined).toBe(true);
        for (const problem of source.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(0);
          expect(problem.message).toMatch(/^YAML: ./);
        }
      }),
      { numRuns: YAML_RUNS },
    );
  });
});

describe("the knowledge size cap (KNOWLEDGE_MAX_BYTES)", () => {
  it("GIVEN a file one byte past the cap THEN refused, naming the variable", async () => {
    const path = await fixtureKnowledge((t) => t + "#".repeat(10_000));
    const result = await loadKnowledge(path, { maxBytes: 10_000 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.problems[0]!)).toMatch(
        /^qa\.yaml: qa\.yaml is larger than 10000 bytes \(KNOWLEDGE_MAX_BYTES\)/,
      );
  });

  it("GIVEN a 64 GiB (sparse) file THEN refused unread, at once", async () => {
    const path = await fixtureKnowledge();
    const handle = await open(path, "r+");
    await handle.truncate(64 * 1024 ** 3);
    await handle.close();
    const { result, ms, heapMb } = await measured(() => loadKnowledge(path));
    expect(result.ok).toBe(false);
    expect(ms).toBeLessThan(1000);
    expect(heapMb).toBeLessThan(50);
  });

  it("GIVEN a file that never ends (/dev/zero) THEN reading stops just past the cap", async () => {
    const { result, heapMb } = await measured(() => loadKnowledge("/dev/zero", { maxBytes: 4 * 1024 * 1024 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/larger than 4194304 bytes/);
    expect(heapMb).toBeLessThan(100);
  });

  it("GIVEN an article past the cap THEN the refusal names the article, at the qa.yaml line that points to it", async () => {
    const path = await fixtureKnowledge();
    await writeFile(join(dirname(path), "article.de.txt"), "x".repeat(20_000));
    const result = await loadKnowledge(path, { maxBytes: 10_000 });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      "qa.yaml:2 article: article.de.txt is larger than 10000 bytes (KNOWLEDGE_MAX_BYTES): refused without reading it",
    ]);
  });

  it("GIVEN a proposed text past the cap THEN refused before parsing", async () => {
    const result = await checkKnowledgeText("a".repeat(2000), "/tmp/qa.yaml", { maxBytes: 1024 });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/larger than 1024 bytes/)]);
  });

  it("GIVEN the default cap THEN it admits a knowledge of 20,000 entries like the real ones, with room to spare", async () => {
    // 2,000 generated entries weigh a tenth of 20,000 (the size is linear in the entries; measured
    // whole: 40.5 MB). Generating all 20,000 takes five seconds, which this suite does not spend.
    const tenth = Buffer.byteLength(await bigKnowledgeText(2000));
    expect(tenth * 10).toBeGreaterThan(30e6);
    expect(tenth * 10 * 1.5).toBeLessThan(DEFAULT_MAX_BYTES);
  });
});
