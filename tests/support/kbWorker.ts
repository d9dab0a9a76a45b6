import { withFileLock } from "../../src/knowledge/store/lock.js";
import { changeKnowledge } from "../../src/knowledge/store/store.js";

/**
 * A child process for the crash and lock tests:
 *   hold-lock <file>              takes the file's lock, prints "locked", then waits to be killed
 *   write-loop <file> <dataDir>   adds questions one by one, printing "wrote N" after each write
 */
const [mode, file, dataDir] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: kbWorker.ts hold-lock|write-loop <file> [dataDir]");

if (mode === "hold-lock") {
  await withFileLock(file, async () => {
    process.stdout.write("locked\n");
    await new Promise(() => setInterval(() => undefined, 1000));
  });
} else if (mode === "write-loop") {
  for (let n = 1; ; n++) {
    const outcome = await changeKnowledge(
      { file, dataDir: dataDir!, historyLimit: 5 },
      { kind: "add-question", id: "talks-date", language: "de", question: `Frage Nummer ${n}?` },
      "test:crash",
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    process.stdout.write(`wrote ${n}\n`);
  }
}
