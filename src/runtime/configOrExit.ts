import { loadConfig, type Config } from "./config.js";

/** The configuration, or exit 1 with the message that names the bad variable (never its value). */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
