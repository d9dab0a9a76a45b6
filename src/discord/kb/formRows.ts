import { ButtonStyle, ComponentType } from "discord.js";
import type { KbMessages } from "../../i18n/index.js";
import type { Seal } from "../answers/signedId.js";
import type { ActionRow } from "../reply/replyBody.js";
import { UserFacingError } from "../reply/userFacingError.js";
import { encodeKbId } from "./kbCustomId.js";

/** The custom id of the add form (with the id asked for) or the edit form (with the entry's id). */
export function formId(mode: "add" | "edit", entryId: string | undefined, text: KbMessages): string {
  const id = encodeKbId(mode === "add" ? "fa" : "fe", entryId ?? "");
  if (id === undefined) throw new UserFacingError(text.idTooLong(entryId ?? ""));
  return id;
}

/** The "Reopen the form" button under a refused form, for the draft kept under `key`, sealed for the moderator. */
export function reopenRow(key: string, text: KbMessages, seal: Seal): ActionRow {
  const id = encodeKbId("reopen", key);
  const sealed = id === undefined ? undefined : seal(id);
  // A draft key is short and a signature fits beside it: there is always an id.
  if (sealed === undefined) throw new Error(`no custom id for the draft ${key}`);
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: sealed, label: text.form.reopen }],
  };
}
