import { startRuntime } from "./cli/startup.js";
import { runConsole } from "./console/console.js";

const runtime = await startRuntime();
await runConsole(runtime.answerer, runtime.logger);
