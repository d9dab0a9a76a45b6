import {
  ComponentType,
  TextInputStyle,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
  type ModalSubmitInteraction,
} from "discord.js";
import type { KbMessages } from "../../i18n/index.js";
import { truncate } from "../reply/limits.js";

/** The add/edit form exactly as typed: five fields, the most a Discord modal holds. */
export interface EntryForm {
  readonly questionsDe: string;
  readonly questionsEn: string;
  readonly answerDe: string;
  readonly answerEn: string;
  /** `topic: <id>`, then one `¶<paragraph>: <quote>` a line. */
  readonly source: string;
}

export const EMPTY_FORM: EntryForm = { questionsDe: "", questionsEn: "", answerDe: "", answerEn: "", source: "" };

/** Discord's limit for a text input's value. */
export const FIELD_MAX = 4000;
const TITLE_MAX = 45;

interface Field {
  readonly key: keyof EntryForm;
  readonly label: string;
  readonly description: string;
  readonly placeholder?: string;
}

/** The five fields, labelled in the moderator's language. */
function fields(text: KbMessages["form"]): readonly Field[] {
  return [
    { key: "questionsDe", label: text.questionsDe, description: text.questionsHint },
    { key: "questionsEn", label: text.questionsEn, description: text.questionsHint },
    { key: "answerDe", label: text.answerDe, description: text.answerHint },
    { key: "answerEn", label: text.answerEn, description: text.answerHint },
    { key: "source", label: text.source, description: text.sourceHint, placeholder: text.sourcePlaceholder },
  ];
}

/** The form as a modal, each field prefilled with what `form` holds, labelled in `text`'s language. */
export function entryModal(
  customId: string,
  title: string,
  form: EntryForm,
  text: KbMessages["form"],
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: truncate(title, TITLE_MAX),
    components: fields(text).map((field): APILabelComponent => ({
      type: ComponentType.Label,
      label: field.label,
      description: truncate(field.description, 100),
      component: {
        type: ComponentType.TextInput,
        custom_id: field.key,
        style: TextInputStyle.Paragraph,
        required: true,
        max_length: FIELD_MAX,
        // An empty value is not a value to Discord; a field over the limit would refuse the whole modal.
        ...(form[field.key] === "" ? {} : { value: form[field.key].slice(0, FIELD_MAX) }),
        ...(field.placeholder === undefined ? {} : { placeholder: truncate(field.placeholder, 100) }),
      },
    })),
  };
}

/** What was typed; a field missing from the submission (a forged one) counts as empty. */
export function readEntryForm(interaction: ModalSubmitInteraction): EntryForm {
  const value = (key: keyof EntryForm): string => {
    try {
      return interaction.fields.getTextInputValue(key);
    } catch {
      return "";
    }
  };
  return {
    questionsDe: value("questionsDe"),
    questionsEn: value("questionsEn"),
    answerDe: value("answerDe"),
    answerEn: value("answerEn"),
    source: value("source"),
  };
}

/** The field of `form` too long for the modal, by its label, if any (a long answer written in the file). */
export function overlongField(form: EntryForm, text: KbMessages["form"]): string | undefined {
  return fields(text).find((field) => form[field.key].length > FIELD_MAX)?.label;
}
