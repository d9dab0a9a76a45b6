import { describe, expect, it } from "vitest";
import { prettyLine } from "../../src/runtime/prettyLog.js";

const AT = new Date(2025, 0, 10, 14, 2, 31).getTime();
const line = (record: Record<string, unknown>): string =>
  JSON.stringify({ level: 30, time: AT, pid: 7, hostname: "host", name: "talks-qa", ...record });

describe("prettyLine", () => {
  it("GIVEN pino's JSON THEN one line: time, level, message, then the fields", () => {
    expect(prettyLine(line({ user: "Talks#0001", guilds: 3, msg: "connected to Discord" }))).toBe(
      "14:02:31 INFO  connected to Discord user=Talks#0001 guilds=3\n",
    );
    expect(prettyLine(line({ level: 40, shard: [0], msg: "gateway disconnected" }))).toBe(
      "14:02:31 WARN  gateway disconnected shard=[0]\n",
    );
  });

  it("GIVEN a field with spaces or quotes THEN it is quoted, so the line still splits into fields", () => {
    expect(prettyLine(line({ question: 'say "hi" now', msg: "question text" }))).toBe(
      '14:02:31 INFO  question text question="say \\"hi\\" now"\n',
    );
  });

  it("GIVEN an error THEN its message in the line and its stack indented below", () => {
    const err = { type: "Error", message: "boom", stack: "Error: boom\n    at x (y.js:1:1)" };
    expect(prettyLine(line({ level: 50, err, msg: "interaction" }))).toBe(
      "14:02:31 ERROR interaction err=boom\n    Error: boom\n        at x (y.js:1:1)\n",
    );
  });

  it("GIVEN a line that is not JSON THEN it passes unchanged", () => {
    expect(prettyLine("plain text\n")).toBe("plain text\n");
  });
});
