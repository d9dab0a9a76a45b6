import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP = { help: { type: "boolean", short: "h" } } as const;

export interface CommandLineSpec<O extends Options, P extends boolean> {
  /** Printed for `--help` (stdout, exit 0) and after a usage error (stderr, exit 2). */
  readonly usage: string;
  /** The flags besides `--help`/`-h`, which every command has. */
  readonly options: O;
  readonly allowPositionals: P;
}

/**
 * The command line, parsed strictly (`node:util`'s own checks and messages): `--help` prints the
 * usage and exits 0; an unknown flag, a flag without its value or an argument the command does
 * not take exits 2 with what is wrong and the usage, before anything is loaded or answered.
 */
export function parseCommandLine<const O extends Options, const P extends boolean>(
  spec: CommandLineSpec<O, P>,
  args: readonly string[] = process.argv.slice(2),
) {
  const config = {
    args: [...args],
    options: { ...spec.options, ...HELP },
    allowPositionals: spec.allowPositionals,
    strict: true,
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    exitWithUsage((error as Error).message, spec.usage);
  }
  if ((parsed.values as { help?: boolean }).help === true) {
    process.stdout.write(`${spec.usage}\n`);
    process.exit(0);
  }
  return parsed;
}

/** Wrong usage: what is wrong and how to call the command, on stderr; exit 2, as Unix tools do. */
export function exitWithUsage(problem: string, usage: string): never {
  process.stderr.write(`${problem}\n\n${usage}\n`);
  process.exit(2);
}
