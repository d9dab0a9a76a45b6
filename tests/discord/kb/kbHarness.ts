import { capturedLogger, fastClientOptions, registerCommands } from "../../support/botKit.js";
import { readFile } from "node:fs/promises";
import { openAnalytics } from "../../../src/runtime/openAnalytics.js";
import { loadComponentKey } from "../../../src/discord/process/componentKey.js";
import type { AnalyticsStore } from "../../../src/analytics/types.js";
import { createAnswerer } from "../../../src/answering/answerer.js";
import { startBot, type Bot } from "../../support/shippedBot.js";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import {
  DEFAULT_PERMISSIONS,
  snowflake,
  startFakeDiscord,
  type FakeDiscord,
  type FakeGuild,
  type InteractionHandle,
  type JsonObject,
  type SlashCommandOptions,
} from "../../support/fakeDiscord.js";
import { fixtureKnowledgeCopy, type KnowledgeCopy } from "../../support/knowledgeCopy.js";
import { SPEAKER_WHO, TOKEN, messageData, type LogLine } from "../botHarness.js";

/** A plain member with Manage Server added. */
export const MANAGE_SERVER = (BigInt(DEFAULT_PERMISSIONS) | (1n << 5n)).toString();

/** Where a moderator with Manage Server (and nothing else) clicks: the moderation server. */
export function asModerator(h: KbHarness): { guildId: string; permissions: string } {
  return { guildId: h.modGuild.id, permissions: "32" };
}

export interface KbHarness {
  readonly fake: FakeDiscord;
  /** The bot running now (a new one after `restart`). */
  readonly bot: Bot;
  readonly copy: KnowledgeCopy;
  readonly analytics: AnalyticsStore;
  readonly logs: LogLine[];
  /** The moderation server (MODERATION_GUILD_IDS); its text channel is also MOD_LOG_CHANNEL_ID. */
  readonly modGuild: FakeGuild;
  /** Another server the bot is in. */
  readonly otherGuild: FakeGuild;
  /** The role named in MODERATOR_ROLE_IDS. */
  readonly modRole: string;
  /** The knowledge file now. */
  file(): Promise<string>;
  /** Stops the bot and starts a new one on the same Discord, knowledge, DATA_DIR and key: a restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real bot against the fake Discord, as `npm start` wires it: following a temporary copy of the
 * fixture knowledge, with /kb for the first server and the SQLite analytics in a temporary DATA_DIR.
 */
export async function startKbHarness(): Promise<KbHarness> {
  const modRole = snowflake();
  const fake = await startFakeDiscord({ token: TOKEN, guilds: [{ roleIds: [modRole] }, {}] });
  const [modGuild, otherGuild] = fake.guilds as [FakeGuild, FakeGuild];
  await registerCommands(fake, TOKEN, [modGuild.id]);
  const copy = await fixtureKnowledgeCopy((text) => text + SPEAKER_WHO);
  const loaded = await loadKnowledge(copy.file);
  if (!loaded.ok) throw new Error(`fixture knowledge does not load: ${JSON.stringify(loaded.problems)}`);
  const answerer = createAnswerer(loaded.knowledge);
  const analytics = openAnalytics({ ANALYTICS: "on", DATA_DIR: copy.dataDir, ANALYTICS_RETENTION_DAYS: 90 });
  const { logger, logs } = capturedLogger();
  // As runBot does: the component key from DATA_DIR, so signed buttons outlive a restart.
  const componentKey = loadComponentKey(copy.dataDir);
  const launch = (): Promise<Bot> =>
    startBot({
      token: TOKEN,
      config: { DISCORD_API_URL: fake.apiUrl, COOLDOWN_QUESTIONS: 1000, COOLDOWN_SECONDS: 10 },
      logger,
      answerer: () => answerer,
      knowledge: {
        KNOWLEDGE_FILE: copy.file,
        KNOWLEDGE_MAX_BYTES: 1024 * 1024,
        DATA_DIR: copy.dataDir,
        HISTORY_LIMIT: 50,
        MODERATION_GUILD_IDS: [modGuild.id],
        MODERATOR_ROLE_IDS: [modRole],
        MOD_LOG_CHANNEL_ID: modGuild.channelId,
      },
      analytics,
      componentKey,
      clientOptions: fastClientOptions(fake),
    });
  let bot = await launch();
  return {
    fake,
    get bot() {
      return bot;
    },
    copy,
    analytics,
    logs,
    modGuild,
    otherGuild,
    modRole,
    file: () => readFile(copy.file, "utf8"),
    restart: async () => {
      await bot.stop();
      bot = await launch();
    },
    close: async () => {
      await bot.stop();
      analytics.close();
      await fake.close();
    },
  };
}

type OptionValue = string | number | boolean;
const OPTION_TYPES = { string: 3, number: 4, boolean: 5 } as const;

/** `/kb <subcommand> [options]`, by a moderator with Manage Server in the moderation server unless `place` says otherwise. */
export function kb(
  h: KbHarness,
  subcommand: string,
  options: Record<string, OptionValue> = {},
  place: Omit<SlashCommandOptions, "name" | "options"> = {},
): InteractionHandle {
  const values = Object.entries(options).map(([name, value]) => ({
    name,
    type: OPTION_TYPES[typeof value as keyof typeof OPTION_TYPES],
    value,
  }));
  return h.fake.slashCommand({
    name: "kb",
    options: [{ name: subcommand, type: 1, options: values }],
    guildId: h.modGuild.id,
    permissions: MANAGE_SERVER,
    ...place,
  });
}

export type Reply = {
  type: number;
  data: JsonObject;
  /** Whether the message is ephemeral (for a deferred one: as it was deferred). */
  ephemeral: boolean;
};

/**
 * The first thing the bot showed for an interaction: a message (type 4), a deferred message's
 * content once it is edited in (type 5 → the edit), an update (type 6/7 → the edit) or a form (type 9).
 */
export async function firstReply(handle: InteractionHandle): Promise<Reply> {
  const callback = await handle.waitForCallback();
  const type = (callback.body as { type: number }).type;
  const ephemeral = ((messageData(callback)["flags"] as number | undefined) ?? 0) === 64;
  if (type === 5 || type === 6)
    return { type, data: (await handle.waitForEdit({ timeoutMs: 5000 })).body as JsonObject, ephemeral };
  return { type, data: messageData(callback) as JsonObject, ephemeral };
}

/** The text of an embed reply: title, description and fields, for matching. */
export function replyText(reply: Reply): string {
  const embeds = (reply.data["embeds"] ?? []) as {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }[];
  const content = typeof reply.data["content"] === "string" ? [reply.data["content"]] : [];
  return [
    ...content,
    ...embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? "",
    ]),
  ]
    .filter((part) => part !== "")
    .join("\n");
}

/** The custom ids and labels of a reply's buttons. */
export function buttons(reply: Reply): { custom_id: string; label?: string }[] {
  const rows = (reply.data["components"] ?? []) as { components: { custom_id: string; label?: string }[] }[];
  return rows.flatMap((row) => row.components);
}

/** A form's fields by custom id, with the values it was prefilled with. */
export function formValues(reply: Reply): Record<string, string> {
  const labels = (reply.data["components"] ?? []) as { component: { custom_id: string; value?: string } }[];
  return Object.fromEntries(labels.map((label) => [label.component.custom_id, label.component.value ?? ""]));
}

/** `/ask` by an ordinary member: the status and title of the answer. */
export async function ask(
  h: KbHarness,
  question: string,
): Promise<{ title: string | undefined; description: string | undefined }> {
  const reply = await firstReply(h.fake.slashCommand({ name: "ask", options: { question }, guildId: h.otherGuild.id }));
  const embed = ((reply.data["embeds"] ?? []) as { title?: string; description?: string }[])[0];
  return { title: embed?.title, description: embed?.description };
}
