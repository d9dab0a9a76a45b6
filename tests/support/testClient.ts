// A real discord.js Client wired to the fake Discord, with the production
// throttles removed so tests run in milliseconds instead of seconds.

import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from "discord.js";

export interface FakeEndpoint {
  apiUrl: string;
}

/**
 * Client options for talking to the fake. `overrides` win, except `rest`
 * and `ws`, which are merged so the fake's API URL and throttle overrides stay.
 */
export function testClientOptions(fake: FakeEndpoint, overrides: Partial<ClientOptions> = {}): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    ...overrides,
    rest: {
      api: fake.apiUrl,
      // The default 50 req/s global limit and 50 ms offset only slow tests down.
      globalRequestsPerSecond: 1e6,
      offset: 0,
      ...overrides.rest,
    },
    ws: {
      // The default throttler asks /gateway/bot again and spaces identifies 5 s apart.
      buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }),
      ...overrides.ws,
    },
  };
}

export function createTestClient(fake: FakeEndpoint, overrides: Partial<ClientOptions> = {}): Client {
  return new Client(testClientOptions(fake, overrides));
}

/**
 * Resolves once the client emitted clientReady (all shards ready, guilds
 * received). Safe to call after login resolved: an already-ready client
 * resolves at once. Destroy clients only after this, or login may still be
 * connecting in the background.
 */
export function waitReady(client: Client, timeoutMs = 5000): Promise<Client<true>> {
  if (client.isReady()) return Promise.resolve(client);
  return new Promise((resolve, reject) => {
    const onReady = (ready: Client<true>): void => {
      clearTimeout(timer);
      resolve(ready);
    };
    const timer = setTimeout(() => {
      client.off(Events.ClientReady, onReady);
      reject(new Error(`discord.js client not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    client.once(Events.ClientReady, onReady);
  });
}

/** Creates a client, logs in with `token` and waits until it is ready. */
export async function loginTestClient(
  fake: FakeEndpoint,
  token: string,
  overrides: Partial<ClientOptions> = {},
): Promise<Client<true>> {
  const client = createTestClient(fake, overrides);
  try {
    await client.login(token);
    return await waitReady(client);
  } catch (error) {
    await client.destroy();
    throw error;
  }
}
