import { describe, expect, it } from "vitest";
import { runCli } from "../support/spawnCli.js";

const FIELDS = ["question", "status", "answer", "language", "entryId", "score", "citations", "suggestions", "parts"];

describe("ask CLI", () => {
  it("GIVEN --json and a question THEN prints exactly one JSON object with the contract's fields", async () => {
    const run = await runCli("src/cli/ask.ts", ["--json", "Wann finden die bilateralen Gespräche statt?"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(FIELDS);
    expect(answer).toMatchObject({ status: "answered", language: "de" });
    expect(answer["answer"]).toMatch(/10\. Januar/);
    expect(answer["citations"]).toEqual(expect.arrayContaining([expect.objectContaining({ paragraph: expect.any(Number) })]));
  });

  it("GIVEN questions on stdin THEN one JSON line per input line, in order, empty lines invalid, CR stripped", async () => {
    const input =
      "What are Putin's demands?\r\n\nWer war der erste Mensch auf dem Mond?\nline with\u2028separator\nlast line without newline";
    const run = await runCli("src/cli/ask.ts", ["--json"], { input });
    expect(run.code).toBe(0);
    const answers = run.stdout
      .split("\n")
      .filter((l) => l.length > 0)
      .map(
        (l) =>
          JSON.parse(l) as { question: string; status: string; language: string; entryId: string | null; citations: unknown[] },
      );
    expect(answers.map((a) => a.question)).toEqual([
      "What are Putin's demands?",
      "",
      "Wer war der erste Mensch auf dem Mond?",
      "line with\u2028separator",
      "last line without newline",
    ]);
    expect(answers[0]).toMatchObject({ status: "answered", language: "en" });
    expect(answers[1]).toMatchObject({ status: "invalid", entryId: null, citations: [] });
    expect(answers[2]).toMatchObject({ status: "no_match", entryId: null, citations: [] });
  });

  it("GIVEN no --json THEN prints the answer for a person with the quoted passage", async () => {
    const run = await runCli("src/cli/ask.ts", ["Wann trifft sich die NATO mit Russland?"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/12\. Januar/);
    expect(run.stdout).toMatch(/¶7: „/);
  });

  it("GIVEN a broken knowledge file THEN exits 1 with the problems on stderr and nothing on stdout", async () => {
    const run = await runCli("src/cli/ask.ts", ["--json", "x"], { env: { KNOWLEDGE_FILE: "tests/fixtures/missing.yaml" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/missing\.yaml.*file not found/);
  });
});
