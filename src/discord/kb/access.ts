import { GuildMember, PermissionFlagsBits, type BaseInteraction } from "discord.js";
import { textBody } from "../reply/replyBody.js";
import { replyPrivately } from "../reply/respond.js";
import type { KbMessages } from "../../i18n/index.js";
import { kbMessages } from "./kbLanguage.js";
import type { KbContext, Moderation } from "./moderation.js";

export type Refusal = "not-configured" | "dm" | "other-server" | "no-permission";
export type Access = { readonly ok: true; readonly moderation: Moderation } | { readonly ok: false; readonly reason: Refusal };

/**
 * Whether this interaction may use /kb. The knowledge is shared by every server, so only a
 * moderation server counts, and there only a member with Manage Server or a moderator role.
 * Discord's own command permissions cannot be relied on: interactions do not carry its
 * per-command overrides, and a component or form interaction does not go through them at all.
 */
export function moderatorAccess(interaction: BaseInteraction, moderation: Moderation | undefined): Access {
  if (moderation === undefined) return { ok: false, reason: "not-configured" };
  if (interaction.guildId === null) return { ok: false, reason: "dm" };
  if (!moderation.guildIds.includes(interaction.guildId)) return { ok: false, reason: "other-server" };
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true) return { ok: true, moderation };
  if (roleIdsOf(interaction.member).some((id) => moderation.roleIds.includes(id))) return { ok: true, moderation };
  return { ok: false, reason: "no-permission" };
}

/**
 * Runs `run` for a moderator; anyone else gets a private refusal (autocomplete: no choices) and a
 * log line, and nothing else happens.
 */
export async function asModerator(
  interaction: BaseInteraction,
  context: KbContext,
  run: (moderation: Moderation) => Promise<void>,
): Promise<void> {
  const access = moderatorAccess(interaction, context.moderation);
  if (access.ok) return run(access.moderation);
  context.logger.warn(
    {
      reason: access.reason,
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      handler: interaction.isCommand() || interaction.isAutocomplete() ? `/${interaction.commandName}` : customIdOf(interaction),
    },
    "/kb refused",
  );
  if (interaction.isAutocomplete()) await interaction.respond([]);
  else if (interaction.isRepliable())
    await replyPrivately(interaction, textBody(refusal(kbMessages(interaction), access.reason)));
}

function refusal(text: KbMessages, reason: Refusal): string {
  const refused = text.refused;
  const byReason: Readonly<Record<Refusal, string>> = {
    "not-configured": refused.notConfigured,
    dm: refused.dm,
    "other-server": refused.otherServer,
    "no-permission": refused.noPermission,
  };
  return byReason[reason];
}

/** A cached member knows its roles through the server's role cache; an uncached one carries the raw ids. */
function roleIdsOf(member: BaseInteraction["member"]): readonly string[] {
  if (member === null) return [];
  if (member instanceof GuildMember) return [...member.roles.cache.keys()];
  return member.roles;
}

function customIdOf(interaction: BaseInteraction): string | undefined {
  return interaction.isMessageComponent() || interaction.isModalSubmit() ? interaction.customId : undefined;
}
