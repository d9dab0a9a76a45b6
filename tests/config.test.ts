import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.${"a".repeat(6)}.${"b".repeat(38)}`;

describe("loadConfig", () => {
  it("GIVEN an empty environment THEN the defaults: console mode, Discord's API, 5 questions per 10 s", () => {
    expect(loadConfig({})).toEqual({
      DISCORD_API_URL: "https://discord.com/api",
      COOLDOWN_QUESTIONS: 5,
      COOLDOWN_SECONDS: 10,
      KNOWLEDGE_FILE: "knowledge/qa.yaml",
      LOG_LEVEL: "info",
    });
  });

  it("GIVEN empty strings as .env.example leaves them THEN they count as unset", () => {
    const config = loadConfig({
      DISCORD_TOKEN: "",
      DISCORD_API_URL: " ",
      DISCORD_GUILD_ID: "",
      COOLDOWN_SECONDS: "",
      LOG_LEVEL: "",
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
  ])("GIVEN %s=%s THEN start-up stops with a message naming the variable", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
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
    expect(message).toMatch(/DISCORD_API_URL:/);
    expect(message).not.toContain(secret);
  });
});
