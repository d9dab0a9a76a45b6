import { Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Command } from "../interactions/command.js";

/** One bulk PUT: it replaces the whole command set of its target. */
export interface DeployTarget {
  /** null: global (every server the bot is in, and DMs). */
  readonly guildId: string | null;
  readonly commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

export interface DeployPlan {
  readonly targets: readonly DeployTarget[];
  readonly warnings: readonly string[];
}

export interface DeployScopes {
  /** Development: the public set goes to this server only (it appears at once, but not in DMs). */
  readonly devGuildId?: string | undefined;
  /** Where `moderation` commands go; the knowledge they edit is shared by every server. */
  readonly moderationGuildIds: readonly string[];
}

/**
 * One command set per target. Because a PUT replaces a target's whole set, a server that is both
 * the development server and a moderation server gets both sets in one request. Without moderation
 * commands nothing is sent to the moderation servers.
 */
export function planDeployment(commands: readonly Command[], scopes: DeployScopes): DeployPlan {
  const sets = new Map<string | null, RESTPostAPIChatInputApplicationCommandsJSONBody[]>();
  const add = (guildId: string | null, command: Command): void => {
    sets.set(guildId, [...(sets.get(guildId) ?? []), command.data]);
  };
  const publicTarget = scopes.devGuildId ?? null;
  sets.set(publicTarget, []);
  for (const command of commands.filter((c) => c.scope === "public")) add(publicTarget, command);

  const moderation = commands.filter((c) => c.scope === "moderation");
  const warnings: string[] = [];
  if (moderation.length > 0 && scopes.moderationGuildIds.length === 0) {
    warnings.push(
      `Not registered anywhere (no moderation server configured): ${moderation.map((c) => `/${c.data.name}`).join(", ")}`,
    );
  }
  if (moderation.length > 0) {
    for (const guildId of new Set(scopes.moderationGuildIds)) for (const command of moderation) add(guildId, command);
  }
  return { targets: [...sets].map(([guildId, set]) => ({ guildId, commands: set })), warnings };
}

/**
 * Sends one bulk PUT per target and returns one line per target saying what is now registered
 * where. Stops at the first failure: the remaining targets keep their previous sets.
 */
export async function deployCommands(rest: REST, applicationId: string, plan: DeployPlan): Promise<string[]> {
  const lines: string[] = [];
  for (const target of plan.targets) {
    const route =
      target.guildId === null
        ? Routes.applicationCommands(applicationId)
        : Routes.applicationGuildCommands(applicationId, target.guildId);
    const registered = (await rest.put(route, { body: target.commands })) as readonly { name: string }[];
    const where =
      target.guildId === null ? "globally (every server and DMs; may take a moment to appear)" : `in server ${target.guildId}`;
    const names = registered.map((c) => `/${c.name}`).join(", ");
    lines.push(
      `Registered ${registered.length} command${registered.length === 1 ? "" : "s"} ${where}${names === "" ? "" : `: ${names}`}`,
    );
  }
  return lines;
}
