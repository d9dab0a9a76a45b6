import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/runtime/config.js";

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.${"a".repeat(6)}.${"b".repeat(38)}`;

describe("loadConfig", () => {
  it("GIVEN an empty environment THEN the defaults: console mode, Discord's API, 5 questions per 10 s", () => {
    expect(loadConfig({})).toEqual({
      DISCORD_API_URL: "https://discord.com/api",
      COOLDOWN_QUESTIONS: 5,
      COOLDOWN_SECONDS: 10,
      GLOBAL_QUESTIONS_PER_SECOND: 50,
      KNOWLEDGE_FILE: "knowledge/qa.yaml",
      KNOWLEDGE_MAX_BYTES: 64 * 1024 * 1024,
      LOG_LEVEL: "info",
      SHARDS: "off",
      SHARDING_MANAGER: false,
      DATA_DIR: "data",
      ANALYTICS: "on",
      ANALYTICS_RETENTION_DAYS: 90,
      HISTORY_LIMIT: 50,
      MODERATION_GUILD_IDS: [],
      MODERATOR_ROLE_IDS: [],
    });
  });

  it("GIVEN empty strings as .env.example leaves them THEN they count as unset", () => {
    const config = loadConfig({
      DISCORD_TOKEN: "",
      DISCORD_API_URL: " ",
      DISCORD_GUILD_ID: "",
      COOLDOWN_SECONDS: "",
      GLOBAL_QUESTIONS_PER_SECOND: "",
      KNOWLEDGE_MAX_BYTES: "",
      LOG_LEVEL: "",
      SHARDS: "",
    });
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.DISCORD_GUILD_ID).toBeUndefined();
    expect(config.DISCORD_API_URL).toBe("https://discord.com/api");
    expect(config.COOLDOWN_SECONDS).toBe(10);
  });

  it("GIVEN every Discord setting THEN parses them, dropping a trailing slash from the API URL", () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: "http://127.0.0.1:8080/api/",
      DISCORD_GUILD_ID: "123456789012345678",
      COOLDOWN_QUESTIONS: "3",
      COOLDOWN_SECONDS: "30",
    });
    expect(config).toMatchObject({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: "http://127.0.0.1:8080/api",
      DISCORD_GUILD_ID: "123456789012345678",
      COOLDOWN_QUESTIONS: 3,
      COOLDOWN_SECONDS: 30,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ["DISCORD_API_URL", "https://discord.com/api/v10", /DISCORD_API_URL: must end in \/api/],
    ["DISCORD_API_URL", "ftp://discord.com/api", /DISCORD_API_URL: must be an http\(s\) URL/],
    ["DISCORD_GUILD_ID", "my-server", /DISCORD_GUILD_ID: must be a server id/],
    ["COOLDOWN_QUESTIONS", "0", /COOLDOWN_QUESTIONS: must be at least 1/],
    ["COOLDOWN_SECONDS", "ten", /COOLDOWN_SECONDS: must be a number/],
    ["COOLDOWN_SECONDS", "2.5", /COOLDOWN_SECONDS: must be a whole number/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL:/],
    ["GLOBAL_QUESTIONS_PER_SECOND", "0", /GLOBAL_QUESTIONS_PER_SECOND: must be at least 1/],
    ["KNOWLEDGE_MAX_BYTES", "1e12", /KNOWLEDGE_MAX_BYTES: must be at most/],
    ["SHARDS", "two", /SHARDS: must be off, auto or a number of shards/],
    ["SHARDS", "0", /SHARDS: must be off, auto or a number of shards/],
  ])("GIVEN %s=%s THEN start-up stops with a message naming the variable", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it.each([
    ["off", "off"],
    ["AUTO", "auto"],
    [" 4 ", 4],
  ])("GIVEN SHARDS=%s THEN it is %s", (value, expected) => {
    expect(loadConfig({ SHARDS: value }).SHARDS).toBe(expected);
  });

  it("GIVEN a shard process of discord.js's ShardingManager THEN its SHARDS (the shard's own id) is not ours to parse", () => {
    expect(loadConfig({ SHARDING_MANAGER: "true", SHARDS: "0", SHARD_COUNT: "2" })).toMatchObject({
      SHARDS: "off",
      SHARDING_MANAGER: true,
    });
  });

  it("GIVEN a token that is wrong and other bad values THEN the message names them all but never contains the token", () => {
    const secret = "not-a-real-token-but-secret";
    let message = "";
    try {
      loadConfig({ DISCORD_TOKEN: secret, DISCORD_API_URL: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DISCORD_TOKEN: does not look like a Discord bot token/);
    // And says what to do about it.
    expect(message).toMatch(/Copy the token from the Developer Portal \(.*Bot → Reset Token\) into \.env/);
    expect(message).toMatch(/or leave DISCORD_TOKEN empty to use the local console/);
    expect(message).toMatch(/DISCORD_API_URL:/);
    expect(message).not.toContain(secret);
  });
});

describe("loadConfig: what the bot keeps on disk and who moderates", () => {
  it("GIVEN values THEN parses them: lists of ids split at commas, blanks and repeats dropped", () => {
    expect(
      loadConfig({
        DATA_DIR: "/srv/qa",
        ANALYTICS: "off",
        ANALYTICS_RETENTION_DAYS: "30",
        HISTORY_LIMIT: "5",
        MODERATION_GUILD_IDS: " 111111111111111111, 222222222222222222,,111111111111111111 ",
        MODERATOR_ROLE_IDS: "333333333333333333",
        MOD_LOG_CHANNEL_ID: "444444444444444444",
      }),
    ).toMatchObject({
      DATA_DIR: "/srv/qa",
      ANALYTICS: "off",
      ANALYTICS_RETENTION_DAYS: 30,
      HISTORY_LIMIT: 5,
      MODERATION_GUILD_IDS: ["111111111111111111", "222222222222222222"],
      MODERATOR_ROLE_IDS: ["333333333333333333"],
      MOD_LOG_CHANNEL_ID: "444444444444444444",
    });
    expect(loadConfig({ MODERATION_GUILD_IDS: "", MOD_LOG_CHANNEL_ID: " " })).toMatchObject({ MODERATION_GUILD_IDS: [] });
  });

  it.each([
    ["ANALYTICS", "maybe", /ANALYTICS: must be on or off/],
    ["ANALYTICS_RETENTION_DAYS", "0", /ANALYTICS_RETENTION_DAYS: must be at least 1/],
    ["HISTORY_LIMIT", "many", /HISTORY_LIMIT: must be a number/],
    ["MODERATION_GUILD_IDS", "111111111111111111,mods", /MODERATION_GUILD_IDS: must be server ids/],
    ["MODERATOR_ROLE_IDS", "@moderators", /MODERATOR_ROLE_IDS: must be role ids/],
    ["MOD_LOG_CHANNEL_ID", "#mod-log", /MOD_LOG_CHANNEL_ID: must be a channel id/],
  ])("GIVEN %s=%s THEN start-up stops with a message naming the variable", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
