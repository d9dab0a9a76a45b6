import { pino, type Logger } from "pino";

/** Logs go to stderr everywhere: stdout carries only what a command is for. */
export function createLogger(level: string, name = "talks-qa"): Logger {
  return pino(
    {
      name,
      level,
      // Defence in depth: even if a token lands in a logged object, it is not printed.
      redact: { paths: ["token", "*.token", "headers.authorization", "*.headers.authorization"], censor: "[redacted]" },
    },
    pino.destination({ dest: 2, sync: true }),
  );
}

export type { Logger };
