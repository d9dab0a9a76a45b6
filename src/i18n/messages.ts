import type { SmalltalkKind } from "../answering/smalltalk.js";

/** Every sentence the core says itself (not from the knowledge), one object per language. */
export interface CoreMessages {
  readonly noMatch: string;
  readonly noMatchWithSuggestions: string;
  readonly ambiguous: string;
  readonly smalltalk: Readonly<Record<SmalltalkKind, string>>;
  readonly empty: string;
  readonly tooLong: (limit: number) => string;
  readonly noText: string;
}
