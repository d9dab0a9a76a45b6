import { readFile } from "node:fs/promises";
import type { ChatInputCommandInteraction } from "discord.js";
import { entrySource } from "../../knowledge/store/entrySource.js";
import { replyPrivately } from "../reply/respond.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { kbMessages } from "./kbLanguage.js";
import type { Moderation } from "./moderation.js";
import { KB_COLOURS, codeBlock, kbBody } from "./render.js";

/** `/kb show entry`: the entry as it is written in the file, comments included (as `kb show`). */
export async function showEntry(interaction: ChatInputCommandInteraction, moderation: Moderation): Promise<void> {
  const id = interaction.options.getString("entry", true);
  const source = entrySource(await readFile(moderation.store.file, "utf8"), id);
  if (source === undefined) throw new UserFacingError(kbMessages(interaction).noEntry(id));
  await replyPrivately(
    interaction,
    kbBody({ title: id, description: codeBlock(source.split("\n"), "yaml"), color: KB_COLOURS.info }),
  );
}
