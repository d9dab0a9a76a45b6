/**
 * The layers of src/ and commands/, from the bottom; a module may import its own layer and those
 * below it, never one above (`npm run lint`, so CI, fails otherwise). Rules go by top-level folder,
 * so folders added inside one (src/answering's pipeline stages) need no rule of their own.
 */
const LAYERS = [
  ["knowledge", "^src/knowledge/"],
  ["i18n", "^src/i18n/"],
  ["answering", "^src/answering/"],
  ["analytics", "^src/analytics/"],
  ["runtime", "^src/runtime/"],
  ["adapters", "^src/(discord|console)/"],
  ["commands", "^commands/"],
  ["entry points", "^src/(cli/|main\\.ts$)"],
];

/** The rooms of src/discord, from the bottom, held to the same rule. */
const DISCORD_ROOMS = [
  ["reply", "^src/discord/reply/"],
  ["answers", "^src/discord/answers/"],
  ["kb", "^src/discord/kb/"],
  ["interactions", "^src/discord/interactions/"],
  ["process", "^src/discord/process/"],
];

/** One rule per layer: nothing it holds imports any layer above it. */
const upward = (layers, prefix) =>
  layers.slice(0, -1).map(([name, path], k) => ({
    name: `${prefix}${name}-imports-upward`,
    severity: "error",
    comment: `${name} sits below ${layers
      .slice(k + 1)
      .map(([above]) => above)
      .join(", ")}: it must not import them.`,
    from: { path },
    to: { path: layers.slice(k + 1).map(([, above]) => above) },
  }));

export default {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Files that import each other (type-only imports count): one of them holds what both need.",
      from: { path: "^(src|commands)/" },
      to: { circular: true },
    },
    {
      name: "no-folder-circular",
      severity: "error",
      comment: "Folders that import each other, at any depth: the dependencies between folders run one way.",
      scope: "folder",
      from: { path: "^(src|commands)/" },
      to: { circular: true },
    },
    ...upward(LAYERS, ""),
    ...upward(DISCORD_ROOMS, "discord-"),
    {
      name: "i18n-imports-only-language",
      severity: "error",
      comment: "The catalogues need the language list and nothing else of the project.",
      from: { path: "^src/i18n/" },
      to: { path: "^src/", pathNot: ["^src/i18n/", "^src/knowledge/types\\.ts$"] },
    },
    {
      name: "adapters-apart",
      severity: "error",
      comment: "The Discord bot and the console are peers: what they share belongs in src/runtime.",
      from: { path: "^src/(discord|console)/" },
      to: { path: "^src/(discord|console)/", pathNot: "^src/$1/" },
    },
    {
      name: "discord-js-in-adapters-only",
      severity: "error",
      comment: "The core, the analytics and the runtime know nothing of Discord.",
      from: { pathNot: "^(src/discord|src/cli|commands)/" },
      to: { path: "node_modules/discord\\.js/" },
    },
    {
      name: "no-test-code",
      severity: "error",
      comment: "src/ and commands/ never import from tests/ (test helpers, the fake Discord, the bench).",
      from: { path: "^(src|commands)/" },
      to: { path: "^tests/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports are dependencies too: a circle of types is still a circle.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
