// Proves the fake Discord is faithful enough for the real discord.js Client:
// login, interactions (reply/edit/update/autocomplete/modal), DMs,
// gateway resume and REST faults, each through the public fake API.

import {
  ActionRowBuilder,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  Partials,
  TextInputBuilder,
  TextInputStyle,
  type ClientEvents,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GatewayOp, UNKNOWN_INTERACTION, startFakeDiscord, type FakeDiscord } from "./fakeDiscord.js";
import { createTestClient, loginTestClient, testClientOptions } from "./testClient.js";

const TOKEN = "fake-bot-token";
const CLIENT_OPTIONS = {
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages],
  partials: [Partials.Channel],
};

let fake: FakeDiscord;
let clients: Client[] = [];
let handlerErrors: unknown[] = [];

async function login(overrides = {}): Promise<Client<true>> {
  const client = await loginTestClient(fake, TOKEN, { ...CLIENT_OPTIONS, ...overrides });
  clients.push(client);
  return client;
}

// Handler failures would otherwise vanish as unhandled rejections; collect
// them and fail the test in afterEach.
function on<K extends keyof ClientEvents>(client: Client, event: K, handler: (...args: ClientEvents[K]) => Promise<void>): void {
  client.on(event, (...args) => {
    handler(...args).catch((error: unknown) => handlerErrors.push(error));
  });
}

beforeEach(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  clients = [];
  handlerErrors = [];
});

afterEach(async () => {
  await Promise.all(clients.map((client) => client.destroy()));
  await fake.close();
  expect(handlerErrors).toEqual([]);
});

describe("fake Discord login", () => {
  it("GIVEN the right token WHEN the client logs in THEN it is ready with the guild and its channel cached", async () => {
    const client = await login();

    expect(client.user.id).toBe(fake.botUser.id);
    expect(client.guilds.cache.get(fake.guild.id)?.name).toBe(fake.guild.name);
    expect(client.channels.cache.get(fake.guild.channelId)?.type).toBe(ChannelType.GuildText);
    expect(client.guilds.cache.get(fake.guild.id)?.members.me?.id).toBe(fake.botUser.id);
    expect(fake.requests().map((r) => `${r.method} ${r.path}`)).toEqual(["GET /gateway/bot"]);
    expect(fake.requests()[0]?.headers["authorization"]).toBe(`Bot ${TOKEN}`);
  });

  it("GIVEN a wrong token WHEN the client logs in THEN login rejects with TokenInvalid quickly", async () => {
    const client = createTestClient(fake, CLIENT_OPTIONS);
    clients.push(client);
    const startedAt = Date.now();

    await expect(client.login("wrong-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(fake.requests()[0]?.status).toBe(401);
  });

  it("GIVEN two shards WHEN the client logs in with shards auto THEN each shard gets only its guilds", async () => {
    await fake.close();
    fake = await startFakeDiscord({ token: TOKEN, shards: 2, guilds: [{ name: "A" }, { name: "B" }] });

    const client = await login({ shards: "auto" });

    expect(
      fake
        .sessions()
        .map((s) => [s.shardId, s.shardCount])
        .sort(),
    ).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const shardOf = (id: string): number | undefined => client.guilds.cache.get(id)?.shardId;
    expect(new Set(fake.guilds.map((g) => shardOf(g.id)))).toEqual(new Set([0, 1]));
  });
});

describe("fake Discord interactions", () => {
  it("GIVEN a slash command WHEN the bot replies ephemerally and edits THEN the callback and the @original PATCH are recorded", async () => {
    const client = await login();
    const seen: Array<string | null> = [];
    on(client, Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.push(interaction.options.getString("question"), interaction.guildId, interaction.locale);
      await interaction.reply({ content: "hi", flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      await interaction.editReply({ content: "edited" });
    });

    const command = fake.slashCommand({ name: "ask", options: { question: "Who met?" }, locale: "ru" });
    const callback = await command.waitForCallback();
    const edit = await command.waitForEdit();

    expect(seen).toEqual(["Who met?", fake.guild.id, "ru"]);
    expect(callback.body).toMatchObject({ type: 4, data: { content: "hi", flags: 64, allowed_mentions: { parse: [] } } });
    expect(callback.query).toEqual({ with_response: "false" });
    expect(edit.method).toBe("PATCH");
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${command.token}/messages/@original`);
    expect(edit.body).toMatchObject({ content: "edited" });
    expect(command.originalMessage()).toMatchObject({ content: "edited", flags: 64 });
  });

  it("GIVEN reply withResponse WHEN the bot replies THEN discord.js gets the resource message", async () => {
    const client = await login();
    const contents: string[] = [];
    on(client, Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: "with response", withResponse: true });
      contents.push(response.resource?.message?.content ?? "none");
    });

    const command = fake.slashCommand({ name: "ask", dm: true });
    const callback = await command.waitForCallback();
    await expect.poll(() => contents).toEqual(["with response"]);
    expect(callback.query).toEqual({ with_response: "true" });
    expect(command.payload).toMatchObject({ context: 1, authorizing_integration_owners: { "1": fake.user.id } });
  });

  it("GIVEN a button click WHEN the bot updates the message THEN an UpdateMessage callback is recorded", async () => {
    const client = await login();
    on(client, Events.InteractionCreate, async (interaction) => {
      if (!interaction.isButton()) return;
      await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
    });

    const click = fake.buttonClick({ customId: "more" });
    const callback = await click.waitForCallback();

    expect(callback.body).toMatchObject({ type: 7, data: { content: "clicked more", components: [] } });
    expect(click.originalMessage()).toMatchObject({ content: "clicked more" });
  });

  it("GIVEN a select menu WHEN the bot shows a modal and the user submits it THEN both callbacks are recorded", async () => {
    const client = await login();
    on(client, Events.InteractionCreate, async (interaction) => {
      if (interaction.isStringSelectMenu()) {
        const input = new TextInputBuilder().setCustomId("q").setLabel("Question").setStyle(TextInputStyle.Short);
        const modal = new ModalBuilder().setCustomId("ask-modal").setTitle(interaction.values.join(","));
        await interaction.showModal(modal.addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)));
      } else if (interaction.isModalSubmit()) {
        await interaction.reply({ content: `asked: ${interaction.fields.getTextInputValue("q")}` });
      }
    });

    const select = fake.selectMenu({ customId: "topic", values: ["talks"] });
    expect((await select.waitForCallback()).body).toMatchObject({ type: 9, data: { custom_id: "ask-modal", title: "talks" } });
    const submit = fake.modalSubmit({ customId: "ask-modal", fields: { q: "When?" } });
    expect((await submit.waitForCallback()).body).toMatchObject({ type: 4, data: { content: "asked: When?" } });
  });

  it("GIVEN a reply with a file WHEN the bot replies THEN the multipart payload_json and the file are recorded", async () => {
    const client = await login();
    on(client, Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: "see file", files: [{ attachment: Buffer.from("quote"), name: "quote.txt" }] });
      await interaction.followUp({ content: "and more", flags: MessageFlags.Ephemeral });
    });

    const command = fake.slashCommand({ name: "ask" });
    const callback = await command.waitForCallback();
    const followUp = await command.waitForFollowUp();

    expect(callback.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(callback.body).toMatchObject({ type: 4, data: { content: "see file" } });
    expect(callback.files.map((f) => [f.name, f.data.toString()])).toEqual([["quote.txt", "quote"]]);
    expect(command.originalMessage()).toMatchObject({ attachments: [{ filename: "quote.txt", size: 5 }] });
    expect(followUp.body).toMatchObject({ content: "and more", flags: 64 });
  });

  it("GIVEN commands registered by bulk overwrite WHEN a command is dispatched THEN option types come from the registration", async () => {
    const client = await login();
    const numbers: Array<number | null> = [];
    on(client, Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      numbers.push(interaction.options.getNumber("limit"));
      await interaction.reply("ok");
    });
    const registered = await client.application.commands.set(
      [{ name: "top", description: "Top", options: [{ name: "limit", description: "n", type: 10 }] }],
      fake.guild.id,
    );

    const command = fake.slashCommand({ name: "top", options: { limit: 3 } });
    await command.waitForCallback();

    expect(fake.registeredCommands(fake.guild.id).map((c) => c["name"])).toEqual(["top"]);
    expect(command.payload["data"]).toMatchObject({ id: registered.first()?.id, options: [{ type: 10, value: 3 }] });
    expect(numbers).toEqual([3]);
  });

  it("GIVEN an autocomplete WHEN the bot responds THEN a type 8 callback with the choices is recorded", async () => {
    const client = await login();
    on(client, Events.InteractionCreate, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `${typed}!`, value: typed }]);
    });

    const typing = fake.autocomplete({ name: "ask", focused: "question", value: "wh" });
    const callback = await typing.waitForCallback();

    expect(callback.body).toMatchObject({ type: 8, data: { choices: [{ name: "wh!", value: "wh" }] } });
  });
});

describe("fake Discord messages", () => {
  it("GIVEN a DM WHEN the bot replies THEN messageCreate sees a DM channel and the reply is posted to it", async () => {
    const client = await login();
    const channelTypes: ChannelType[] = [];
    on(client, Events.MessageCreate, async (message) => {
      if (message.author.bot) return;
      channelTypes.push(message.channel.type);
      await message.reply("x");
    });

    const dm = fake.messageCreate({ content: "hello", dm: true });
    const reply = await dm.waitForReply();

    expect(channelTypes).toEqual([ChannelType.DM]);
    expect(reply.path).toBe(`/channels/${dm.channelId}/messages`);
    expect(reply.body).toMatchObject({ content: "x", message_reference: { message_id: dm.id } });
  });

  it("GIVEN no MessageContent intent WHEN a guild message arrives THEN its content is empty, as on Discord", async () => {
    const client = await login();
    const contents: string[] = [];
    on(client, Events.MessageCreate, async (message) => {
      contents.push(message.content);
    });

    fake.messageCreate({ content: "secret" });
    fake.messageCreate({ content: `<@${fake.botUser.id}> hi`, mentions: [fake.botUser] });

    await expect.poll(() => contents).toEqual(["", `<@${fake.botUser.id}> hi`]);
  });
});

describe("fake Discord faults", () => {
  it("GIVEN the gateway closes with 4000 WHEN an interaction is dispatched right after THEN the client resumes and handles it", async () => {
    const client = await login();
    on(client, Events.InteractionCreate, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("after resume");
    });
    const since = fake.gatewayMark();

    fake.closeGateway(4000);
    const command = fake.slashCommand({ name: "ask" });
    const resume = await fake.waitForGatewayFrame((f) => f.direction === "in" && f.op === GatewayOp.Resume, { since });
    const callback = await command.waitForCallback();

    expect(resume.d).toMatchObject({ session_id: fake.sessions()[0]?.sessionId });
    expect(callback.body).toMatchObject({ type: 4, data: { content: "after resume" } });
    expect(fake.gatewayFrames(since).some((f) => f.op === GatewayOp.Identify)).toBe(false);
  });

  it("GIVEN op 9 not resumable WHEN the client reconnects THEN it identifies a new session and still works", async () => {
    const client = await login();
    on(client, Events.InteractionCreate, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("new session");
    });
    const oldSession = fake.sessions()[0]?.sessionId;
    const since = fake.gatewayMark();

    fake.sendInvalidSession(false);
    await fake.waitForGatewayFrame((f) => f.direction === "out" && f.t === "READY", { since });
    const command = fake.slashCommand({ name: "ask" });

    expect((await command.waitForCallback()).body).toMatchObject({ data: { content: "new session" } });
    expect(fake.sessions()[0]?.sessionId).not.toBe(oldSession);
  });

  it("GIVEN a 429 with Retry-After 1 on the callback WHEN the bot replies THEN the retried reply still arrives", async () => {
    const client = await login();
    on(client, Events.InteractionCreate, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("eventually");
    });
    fake.failNext({ method: "POST", pathPattern: "/interactions/*/*/callback", status: 429, retryAfter: 1 });

    const command = fake.slashCommand({ name: "ask" });
    const callback = await command.waitForCallback({ timeoutMs: 4000 });

    expect(callback.body).toMatchObject({ data: { content: "eventually" } });
    const attempts = command.requests().map((r) => [r.status, r.injected]);
    expect(attempts).toEqual([
      [429, true],
      [204, false],
    ]);
  });

  it("GIVEN Unknown interaction (10062) WHEN the bot replies THEN discord.js rejects with that code", async () => {
    const client = await login();
    const codes: unknown[] = [];
    client.on(Events.InteractionCreate, (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      interaction.reply("too late").catch((error: unknown) => codes.push(error instanceof DiscordAPIError ? error.code : error));
    });
    fake.failNext({ pathPattern: /\/callback$/, ...UNKNOWN_INTERACTION });

    fake.slashCommand({ name: "ask" });

    await expect.poll(() => codes).toEqual([10062]);
  });

  it("GIVEN an unexpected REST call THEN it is answered 404 and listed as unhandled", async () => {
    const client = await login();
    await expect(client.rest.get("/guilds/1/bans")).rejects.toMatchObject({ status: 404 });
    expect(fake.unhandledRequests().map((r) => `${r.method} ${r.path}`)).toEqual(["GET /guilds/1/bans"]);
    expect(testClientOptions(fake).rest?.api).toBe(fake.apiUrl);
  });
});
