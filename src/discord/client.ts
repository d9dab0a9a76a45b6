import { Client, GatewayIntentBits, Partials, type ClientOptions } from "discord.js";
import { NO_MENTIONS } from "./replyBody.js";

/**
 * The discord.js client: no privileged intent. Guilds for commands, DirectMessages and
 * GuildMessages for DMs and mentions (whose text Discord sends without MessageContent), and the
 * Channel partial because a DM channel is not cached before its first message.
 */
export function createBotClient(apiUrl: string, overrides: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    // The default for every message; each renderer sets it again, so no path can forget it.
    allowedMentions: NO_MENTIONS,
    ...overrides,
    rest: { ...overrides.rest, api: apiUrl },
  });
}
