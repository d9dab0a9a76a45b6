/** Every text the knowledge store shows a moderator, in one place (the CLI and /kb print them as they are). */
export const STORE_MESSAGES = {
  noEntries: "must be a list of entries to be edited",
  noEntry: (id: string) => `no entry has the id "${id}"`,
  idTaken: (id: string) => `an entry with the id "${id}" already exists (ids are never reused)`,
  nothingGiven: "nothing to change: give at least one field",
  questionListed: (language: string) => `is already one of the entry's ${language} questions`,
  outOfScopeListed: "is already listed as out of scope",
  stillRelated: (ids: readonly string[]) =>
    `still listed under "related" of ${ids.map((id) => `"${id}"`).join(", ")}; remove those references first, or have them dropped with the entry`,
  lockBusy: (seconds: number) => `another change to this file has held the lock for over ${seconds} s; nothing was written, try again`,
  lockLost: "the lock on the file was taken over while this change was being written; nothing was written, try again",
  standing: (count: number) =>
    count === 1
      ? "The file already had this problem before the change; no change can be saved until it is fixed:"
      : `The file already had these ${count} problems before the change; no change can be saved until they are fixed:`,
  unreadable: (reason: string) => `cannot read the knowledge file: ${reason}`,
  nothingToUndo: "nothing to undo: the history holds no change that can still be undone",
  changedOutside: (seq: number) =>
    `the file was changed outside kb after change #${seq}; undoing #${seq} would discard that edit, so nothing was written (restore a version from the history folder by hand if that is what you want)`,
} as const;
