import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // A bot started by a test (spawned or in-process) keeps its history and analytics here, not in ./data.
    env: { DATA_DIR: mkdtempSync(join(tmpdir(), "talks-qa-test-data-")) },
  },
});
