import type { AutocompleteInteraction, Message, RepliableInteraction } from "discord.js";
import { catalogue } from "../../i18n/index.js";
import type { Language } from "../../knowledge/types.js";
import { errorInfo, type Logger } from "../../runtime/logger.js";
import { NO_MENTIONS, textBody } from "../reply/replyBody.js";
import { replyPrivately } from "../reply/respond.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { interfaceLanguage } from "../answers/locale.js";

/** Discord's "Unknown interaction": its 3 s (or its token's 15 min) are over. */
const UNKNOWN_INTERACTION = 10062;

/**
 * Runs one interaction handler so that nothing escapes: a `UserFacingError` is shown to the person,
 * anything else is logged with the interaction id and answered with a short private apology.
 * An expired interaction is logged once: no apology can reach the person through it either.
 */
export async function guardInteraction(
  interaction: RepliableInteraction,
  logger: Logger,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (isExpired(error)) return logExpired(logger, interaction.id, handlerName(interaction), error);
    const expected = error instanceof UserFacingError;
    if (!expected)
      logger.error(
        { err: errorInfo(error), interactionId: interaction.id, handler: handlerName(interaction) },
        "interaction failed",
      );
    const text = expected ? error.message : catalogue(interfaceLanguage(interaction.locale)).discord.apology;
    try {
      await replyPrivately(interaction, textBody(text));
    } catch (sendError) {
      // Typically the interaction expired (3 s) or was already answered; nothing more to do.
      logger.warn({ err: errorInfo(sendError), interactionId: interaction.id }, "could not tell the person about the failure");
    }
  }
}

/** Autocomplete must always answer, within 3 s; on any error the answer is an empty list. */
export async function guardAutocomplete(
  interaction: AutocompleteInteraction,
  logger: Logger,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (isExpired(error)) return logExpired(logger, interaction.id, interaction.commandName, error);
    logger.error(
      { err: errorInfo(error), interactionId: interaction.id, handler: interaction.commandName },
      "autocomplete failed",
    );
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

/** DMs and mentions: log with the message id and reply with the apology in the language given. */
export async function guardMessage(
  message: Message,
  logger: Logger,
  apologyLanguage: () => Language,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    logger.error({ err: errorInfo(error), messageId: message.id }, "message handler failed");
    const apology = catalogue(safely(apologyLanguage, "en")).discord.apology;
    await message.reply({ content: apology, allowedMentions: NO_MENTIONS }).catch((sendError: unknown) => {
      logger.warn({ err: errorInfo(sendError), messageId: message.id }, "could not tell the person about the failure");
    });
  }
}

function isExpired(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === UNKNOWN_INTERACTION;
}

/** A warning, not an error: a slow network or a restart lets interactions expire; the bot is fine. */
function logExpired(logger: Logger, interactionId: string, handler: string, error: unknown): void {
  logger.warn({ err: errorInfo(error), interactionId, handler }, "interaction expired before the reply");
}

/** The apology must not fail for the same reason the handler did. */
function safely<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}

function handlerName(interaction: RepliableInteraction): string {
  if (interaction.isCommand()) return `/${interaction.commandName}`;
  return interaction.customId;
}
