/**
 * The question sets the matcher's decision is fitted on. A blind set joins only after its
 * first-look figure is recorded in tests/answering/rounds.md.
 */
export const TUNING_SETS: readonly string[] = [
  "../shared/eval/dev.jsonl",
  "tests/answering/paraphrases.jsonl",
  "tests/answering/holdout.jsonl",
  "tests/answering/D1.jsonl",
  "tests/answering/D2.jsonl",
  "tests/answering/M1.jsonl",
  "tests/answering/M2.jsonl",
  "tests/answering/D3.jsonl",
  "tests/answering/M3.jsonl",
  "tests/answering/D4.jsonl",
  "tests/answering/M4.jsonl",
  "tests/answering/D5.jsonl",
  "tests/answering/M5.jsonl",
  "tests/answering/D6.jsonl",
  "tests/answering/M6.jsonl",
  "tests/answering/D7.jsonl",
  "tests/answering/M7.jsonl",
  "tests/answering/D8.jsonl",
  "tests/answering/M8.jsonl",
  "tests/answering/D9.jsonl",
  "tests/answering/M9.jsonl",
  "tests/answering/D10.jsonl",
  "tests/answering/M10.jsonl",
  "tests/answering/D11.jsonl",
  "tests/answering/M11.jsonl",
  "tests/answering/D12.jsonl",
  "tests/answering/M12.jsonl",
];
