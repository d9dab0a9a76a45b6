import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_VARIABLES, loadConfig } from "../src/runtime/config.js";
import { runCli } from "./support/spawnCli.js";

// The README and docs/ are read by people who copy their commands: these tests keep them true.

const DOCS = ["README.md", ...(await readdir("docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
const texts = new Map(await Promise.all(DOCS.map(async (file) => [file, await readFile(file, "utf8")] as const)));
const readme = texts.get("README.md")!;
const scripts = Object.keys((JSON.parse(await readFile("package.json", "utf8")) as { scripts: Record<string, string> }).scripts);

/** npm's own commands that the docs use; anything else after `npm` must be one of our scripts. */
const NPM_BUILTINS = new Set(["install", "ci", "prune", "rebuild", "audit"]);

const FENCE = /^```[^\n]*\n([\s\S]*?)^```/gm;

/** The code in a Markdown text: fenced blocks (without their `# comments`, which are prose) and inline spans. */
function codeOf(markdown: string): { blocks: string[]; spans: string[] } {
  const blocks = [...markdown.matchAll(FENCE)].map((m) => m[1]!.replace(/(^|\s)# .*$/gm, ""));
  const spans = [...markdown.replace(FENCE, "").matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return { blocks, spans };
}

/** Every `npm …` command in the code of a text: `run` and its script, or npm's own command. */
function npmCommands(markdown: string): { command: string; script: string | undefined }[] {
  const { blocks, spans } = codeOf(markdown);
  return [...blocks, ...spans].flatMap((code) =>
    [...code.matchAll(/\bnpm\s+(?:-[\w-]+\s+)*([a-z][\w:-]*)(?:\s+(?:-[\w-]+\s+)*([a-z][\w:-]*))?/g)].map((m) => ({
      command: m[1]!,
      script: m[1] === "run" || m[1] === "run-script" ? m[2] : undefined,
    })),
  );
}

/** The rows of the table under a `## heading` of the README, as cells. */
function tableUnder(heading: string): string[][] {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  if (section === undefined) throw new Error(`README.md has no "## ${heading}"`);
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/ /g, "-");

describe("README.md and docs/", () => {
  it("GIVEN every npm command in the README and docs/ THEN each names a script in package.json or one of npm's own commands", () => {
    const found = DOCS.flatMap((file) => npmCommands(texts.get(file)!).map((c) => ({ file, ...c })));
    // A regex that silently matched nothing would pass everything.
    expect(found.length).toBeGreaterThan(30);
    const wrong = found.filter(({ command, script }) =>
      script !== undefined ? !scripts.includes(script) : !(NPM_BUILTINS.has(command) || scripts.includes(command)),
    );
    expect(wrong).toEqual([]);
  });

  it("GIVEN package.json THEN the README names every script in it", () => {
    const named = new Set(npmCommands(readme).map(({ command, script }) => script ?? command));
    expect(scripts.filter((script) => !named.has(script))).toEqual([]);
  });

  it("GIVEN the config schema THEN the README's configuration table names exactly its variables", () => {
    const names = tableUnder("Configuration").map(([name]) => name!.replace(/`/g, ""));
    expect([...names].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it("GIVEN an empty environment THEN each default in the configuration table is the one the schema gives", () => {
    const defaults = loadConfig({}) as Record<string, unknown>;
    for (const [name, shown] of tableUnder("Configuration")) {
      const value = defaults[name!.replace(/`/g, "")];
      // Unset, empty lists and a flag that is off read as words; a value as its first `code`.
      const expected =
        value === undefined || value === false
          ? "(unset)"
          : Array.isArray(value) && value.length === 0
            ? "(none)"
            : `\`${String(value)}\``;
      expect(shown!.startsWith(expected), `${name}: ${shown}`).toBe(true);
    }
  });

  it("GIVEN the config schema THEN .env.example names every variable, and sets nothing that is not one", async () => {
    const example = await readFile(".env.example", "utf8");
    const missing = CONFIG_VARIABLES.filter((name) => !new RegExp(`(^|[^A-Z_])${name}([^A-Z_]|$)`, "m").test(example));
    expect(missing).toEqual([]);
    const set = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]!);
    expect(set.filter((name) => !(CONFIG_VARIABLES as readonly string[]).includes(name))).toEqual([]);
  });

  it(
    "GIVEN the README's example exchange THEN it is what the ask CLI prints for those questions",
    { timeout: 60_000 },
    async () => {
      const block = [...readme.matchAll(FENCE)].map((m) => m[1]!).find((code) => code.startsWith("$ npm run --silent ask -- "));
      expect(block, 'a ```text block of `$ npm run --silent ask -- "…"` and its output').toBeDefined();
      const questions = [...block!.matchAll(/^\$ npm run --silent ask -- "([^"]+)"$/gm)].map((m) => m[1]!);
      expect(questions.length).toBeGreaterThan(0);
      // Each question in its own process, as the README shows it run; they train their rankers side by side.
      const runs = await Promise.all(questions.map((question) => runCli("src/cli/ask.ts", [question])));
      for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: "" });
      const real = questions.map((question, i) => `$ npm run --silent ask -- "${question}"\n${runs[i]!.stdout.trimEnd()}`);
      expect(block!.trimEnd()).toBe(real.join("\n\n"));
    },
  );

  it("GIVEN every relative link in the README and docs/ THEN its file exists, and so does its #anchor", () => {
    const broken: string[] = [];
    for (const file of DOCS) {
      const prose = texts.get(file)!.replace(FENCE, "");
      for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [path, anchor] = target!.split("#") as [string, string | undefined];
        const linked = path === "" ? file : normalize(join(dirname(file), path));
        if (!existsSync(linked)) {
          broken.push(`${file}: ${target}`);
          continue;
        }
        if (anchor === undefined || !linked.endsWith(".md")) continue;
        const linkedText = texts.get(linked) ?? "";
        const anchors = [...linkedText.replace(FENCE, "").matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!));
        if (!anchors.includes(anchor)) broken.push(`${file}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
