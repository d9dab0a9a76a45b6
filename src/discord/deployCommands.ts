import { Routes, type REST } from "discord.js";
import type { DeployPlan } from "./deployPlan.js";

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
