export type Vote = "up" | "down";

export interface Votes {
  /** Records a vote; false if this person has already voted on this entry. */
  cast(userId: string, entryId: string, vote: Vote): boolean;
}

/** One 👍 or 👎 per person per entry, kept in memory until the moderators' store takes over. */
export function createVotes(): Votes {
  const seen = new Set<string>();
  return {
    cast(userId, entryId) {
      const key = `${userId}:${entryId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
}
