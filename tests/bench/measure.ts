/**
 * Calls `run` once per input after `warmup` untimed calls (so the JIT has compiled the hot
 * paths) and returns each call's duration in microseconds.
 */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, warmup: readonly T[] = inputs): number[] {
  let sink = 0;
  for (const input of warmup) sink += run(input) === undefined ? 0 : 1;
  const durations: number[] = [];
  for (const input of inputs) {
    const started = process.hrtime.bigint();
    sink += run(input) === undefined ? 0 : 1;
    durations.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  // Keeps the results alive so no call can be optimised away.
  if (sink < 0) process.stdout.write("");
  return durations;
}
