import { ButtonStyle, ComponentType, type ButtonInteraction, type ChatInputCommandInteraction } from "discord.js";
import { entriesById } from "../../knowledge/entriesById.js";
import type { Knowledge } from "../../knowledge/types.js";
import { escapeUserText } from "../reply/escape.js";
import { replyPrivately } from "../reply/respond.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { applyEdit } from "./applyChange.js";
import { encodeKbId } from "./kbCustomId.js";
import { kbLanguage, kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";
import { KB_COLOURS, kbBody, noticeBody } from "./render.js";

/** `/kb remove entry [drop-references]`: nothing happens until the moderator confirms with the button. */
export async function askRemove(interaction: ChatInputCommandInteraction, knowledge: Knowledge): Promise<void> {
  const messages = kbMessages(interaction);
  const text = messages.remove;
  const id = interaction.options.getString("entry", true);
  const dropReferences = interaction.options.getBoolean("drop-references") ?? false;
  const entry = entriesById(knowledge).get(id);
  if (entry === undefined) throw new UserFacingError(messages.noEntry(id));
  const confirm = encodeKbId(dropReferences ? "rmx" : "rm", id);
  const cancel = encodeKbId("cancel");
  if (confirm === undefined || cancel === undefined) throw new UserFacingError(messages.idTooLong(id));
  const question = escapeUserText(entry.questions[kbLanguage(interaction)][0] ?? "");
  const description = [text.confirm(id, question), ...(dropReferences ? [text.dropsReferences] : [])].join("\n");
  await replyPrivately(
    interaction,
    kbBody({ description, color: KB_COLOURS.refused }, [
      {
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Danger, custom_id: confirm, label: text.button },
          { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: cancel, label: text.cancel },
        ],
      },
    ]),
  );
}

/** The confirm button: removes the entry through the store; the question's message becomes the outcome. */
export async function confirmRemove(
  interaction: ButtonInteraction,
  moderation: Moderation,
  entryId: string,
  dropReferences: boolean,
): Promise<void> {
  await interaction.deferUpdate();
  const applied = await applyEdit(moderation, { kind: "remove", id: entryId, dropReferences }, interaction.user.id);
  await interaction.editReply(applied.body(kbMessages(interaction)));
}

export async function cancelRemove(interaction: ButtonInteraction): Promise<void> {
  await interaction.update(noticeBody(kbMessages(interaction).remove.cancelled));
}
