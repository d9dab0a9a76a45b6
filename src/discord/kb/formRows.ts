import { ButtonStyle, ComponentType } from "discord.js";
import type { KbMessages } from "../../i18n/index.js";
import type { ActionRow } from "../reply/replyBody.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { encodeKbId } from "./kbCustomId.js";

/** The custom id of the add form (with the id asked for) or the edit form (with the entry's id). */
export function formId(mode: "add" | "edit", entryId: string | undefined, text: KbMessages): string {
  const id = encodeKbId(mode === "add" ? "fa" : "fe", entryId ?? "");
  if (id === undefined) throw new UserFacingError(text.idTooLong(entryId ?? ""));
  return id;
}

/** The "Reopen the form" button under a refused form, for the draft kept under `key`. */
export function reopenRow(key: string, text: KbMessages): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: `kb:reopen:${key}`, label: text.form.reopen },
    ],
  };
}
