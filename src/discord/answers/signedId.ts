import { createHmac, timingSafeEqual } from "node:crypto";
import { LIMITS } from "../reply/limits.js";

/**
 * Signs the custom ids that carry a reference (the did-you-mean menu's unanswered question, the
 * drafts behind /kb's buttons) for the person they are shown to. Anyone can send an interaction
 * with any custom id; only the bot's key makes a signature, and only the person it was made for
 * can present it, so a forged or borrowed component cannot settle somebody else's question.
 */
export interface ComponentSigner {
  /** `customId` with its signature for `userId`, or undefined if that exceeds Discord's 100 characters. */
  sign(customId: string, userId: string): string | undefined;
  /** The id without its signature, and whether the signature is the bot's for `userId`. */
  verify(signed: string, userId: string): { readonly id: string; readonly valid: boolean };
}

/** Signs custom ids for the one person a reply is shown to. */
export type Seal = (customId: string) => string | undefined;

/** The seal for `userId`. */
export function sealFor(signer: ComponentSigner, userId: string): Seal {
  return (customId) => signer.sign(customId, userId);
}

/** Entry ids, refs and draft keys never contain it (kebab-case, digits, base64url). */
const SEPARATOR = "~";
/** 96 bits of HMAC-SHA256, in base64url: forging one is out of reach, and it leaves room in the id. */
const SIGNATURE_BYTES = 12;

export function createComponentSigner(key: Buffer): ComponentSigner {
  const signature = (customId: string, userId: string): Buffer =>
    createHmac("sha256", key).update(`${userId}\u0000${customId}`).digest().subarray(0, SIGNATURE_BYTES);
  return {
    sign(customId, userId) {
      const signed = `${customId}${SEPARATOR}${signature(customId, userId).toString("base64url")}`;
      return signed.length <= LIMITS.customId ? signed : undefined;
    },
    verify(signed, userId) {
      const at = signed.lastIndexOf(SEPARATOR);
      if (at < 0) return { id: signed, valid: false };
      const id = signed.slice(0, at);
      const given = Buffer.from(signed.slice(at + 1), "base64url");
      const expected = signature(id, userId);
      return { id, valid: given.length === expected.length && timingSafeEqual(given, expected) };
    },
  };
}
