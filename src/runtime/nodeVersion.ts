/** The oldest Node.js the bot runs on; package.json's `engines` says the same (a test holds them equal). */
export const MIN_NODE_VERSION = "20.12.0";

/**
 * Why this Node.js is too old, in one line that says what to do, or undefined when it will do.
 * Pure, and importing nothing: it runs before anything that an old Node.js could fail on loads.
 */
export function nodeVersionProblem(version: string): string | undefined {
  if (compareVersions(version, MIN_NODE_VERSION) >= 0) return undefined;
  return `Talks Q&A needs Node.js ${MIN_NODE_VERSION} or newer, but this is Node.js ${version}: install Node.js 20 (the version in .nvmrc; with nvm: nvm install && nvm use) and start it again.`;
}

/** Ends the process with exit 1 and that line when this Node.js is too old. */
export function requireNodeVersion(version: string = process.versions.node): void {
  const problem = nodeVersionProblem(version);
  if (problem === undefined) return;
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

function compareVersions(a: string, b: string): number {
  const parts = (version: string) =>
    version
      .replace(/^v/, "")
      .split(".")
      .map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let k = 0; k < 3; k++) {
    const difference = (x[k] ?? 0) - (y[k] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
