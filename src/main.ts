import { startRuntime } from "./cli/startup.js";
import { runConsole } from "./console/console.js";

const runtime = await startRuntime();
const token = runtime.config.DISCORD_TOKEN;
if (token !== undefined) {
  // Loaded only when needed: the console should not pay for discord.js.
  const { runBot } = await import("./discord/runBot.js");
  await runBot(runtime, token);
} else {
  await runConsole(runtime.answerer, runtime.logger);
}
