// One matcher at one size, alone in its process so that its memory is its own. Started by
// scaleBench.ts with `fork`; sends one ScaleResult back and exits.
import { runScaleJob, type ScaleJob } from "./scaleJob.js";

const job = JSON.parse(process.argv[2] ?? "{}") as ScaleJob;
const result = await runScaleJob(job);
process.send?.(result, () => process.exit(0));
