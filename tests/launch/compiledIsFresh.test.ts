import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compiledIsFresh } from "../../src/launch/compiledIsFresh.mjs";

let project: string;

/** Writes `path` in the project with its modification time `at` seconds after the epoch. */
function file(path: string, at: number): void {
  const full = join(project, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, "");
  utimesSync(full, at, at);
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "talks-qa-fresh-"));
  file("tsconfig.json", 100);
  file("tsconfig.build.json", 100);
  file("src/main.ts", 200);
  file("src/answering/answerer.ts", 200);
  file("src/types.d.ts", 900);
  file("commands/ask.ts", 200);
  file("dist/src/main.js", 300);
  file("dist/src/answering/answerer.js", 300);
  file("dist/commands/ask.js", 300);
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

describe("whether npm start may run the compiled bot", () => {
  it("GIVEN every source compiled after it last changed THEN fresh (a declaration file compiles to nothing)", () => {
    expect(compiledIsFresh(project)).toBe(true);
  });

  it("GIVEN a source edited after the build THEN stale", () => {
    file("src/answering/answerer.ts", 400);
    expect(compiledIsFresh(project)).toBe(false);
  });

  it("GIVEN a new source the build has not seen THEN stale", () => {
    file("commands/help.ts", 250);
    expect(compiledIsFresh(project)).toBe(false);
  });

  it("GIVEN the compiler's settings changed after the build THEN stale", () => {
    file("tsconfig.build.json", 400);
    expect(compiledIsFresh(project)).toBe(false);
  });

  it("GIVEN no dist/ at all (never built) THEN stale", () => {
    rmSync(join(project, "dist"), { recursive: true });
    expect(compiledIsFresh(project)).toBe(false);
  });
});
