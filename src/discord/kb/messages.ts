/**
 * Every text /kb shows, in one place. English only, like `npm run kb` and the problems the
 * knowledge check reports: /kb is a tool for the few moderators, not part of the public bot.
 */
export const KB_MESSAGES = {
  refused: {
    dm: "/kb works only in the bot's moderation server, not in DMs. Nothing was changed.",
    otherServer: "/kb works only in the bot's moderation server(s) (MODERATION_GUILD_IDS). Nothing was changed.",
    noPermission: "/kb is for moderators: members with Manage Server or a role named in MODERATOR_ROLE_IDS. Nothing was changed.",
    notConfigured: "/kb is not available: this bot process does not follow a knowledge file it may edit. Nothing was changed.",
  },
  commandDescription: "Moderators: change the knowledge every server is answered from",
  form: {
    addTitle: "New entry",
    editTitle: (id: string) => `Edit ${id}`,
    questionsDe: "Questions (German), one a line",
    questionsEn: "Questions (English), one a line",
    answerDe: "Answer (German)",
    answerEn: "Answer (English)",
    source: "Topic and sources",
    questionsHint: "The first line is the canonical question; the others are further phrasings.",
    answerHint: "Only what the article says.",
    sourceHint: "First line topic: <id>; then one line per source: ¶<paragraph>: <exact words of the article>",
    sourcePlaceholder: "topic: schedule\n¶7: Am 13. Januar wird Russland …",
    reopen: "Reopen the form",
    expired: "This draft has expired (drafts are kept for 30 minutes). Start again with /kb add or /kb edit.",
    tooLong: (field: string) =>
      `${field} is longer than a Discord form field holds (4000 characters); edit this entry with npm run kb -- edit instead.`,
    sourceLine: (line: number) => `line ${line}: write "topic: <topic id>" or "¶<paragraph>: <quote>"`,
    pairRequired: "give paragraph and quote together (they make one source)",
  },
  outcome: {
    refusedTitle: (count: number) => `Not saved: ${count} problem${count === 1 ? "" : "s"}`,
    refusedFooter: "The knowledge file was not changed.",
    refusedReopen: "The knowledge file was not changed. Reopen the form to fix what you typed.",
    saved: (summary: string, seq: number | undefined) => `Saved${seq === undefined ? "" : ` as change #${seq}`}: ${summary}.`,
    live: "It is live now: /ask answers from it.",
    notLive: "Saved, but the knowledge file does not load right now (changed by someone else meanwhile?):",
    unchanged: (summary: string) => `Nothing changed: ${summary} leaves the file as it is.`,
    nothingEdited: "Nothing changed: every field is as it was.",
  },
  remove: {
    confirm: (id: string, question: string) => `Remove entry \`${id}\` (“${question}”)? Only /kb undo brings it back.`,
    dropsReferences: "Other entries' references to it in related are removed with it.",
    button: "Remove",
    cancel: "Cancel",
    cancelled: "Nothing was removed.",
  },
  reload: {
    okTitle: "Reloaded: this is live now",
    brokenTitle: "Not reloaded: the knowledge file has problems",
    brokenFooter: "The bot keeps answering from the last good version until they are fixed.",
  },
  history: {
    title: "Changes to the knowledge",
    empty: "No changes recorded yet.",
    field: (seq: number, at: string, author: string) => `#${seq} · ${at} UTC · ${author}`,
  },
  unanswered: {
    title: (days: number) => `Unanswered questions, last ${days} day${days === 1 ? "" : "s"}`,
    none: (days: number) => `No unanswered questions in the last ${days} day${days === 1 ? "" : "s"}.`,
    analyticsOff: "ANALYTICS=off: this bot stores no unanswered questions and no votes.",
    line: (rank: number, count: number, question: string, language: string) =>
      `**${rank}.** ${count}× “${question}” (${language})`,
    also: (others: string) => `   also: ${others}`,
    closest: (id: string, question: string, score: number) => `   closest: \`${id}\` “${question}” (${score.toFixed(2)})`,
    noClosest: "   closest: none",
    nowAnswered: (count: number) => `${count} more the bot answers by now ${count === 1 ? "is" : "are"} left out.`,
    phrasing: (rank: number, question: string) => `${rank}: add as a phrasing of “${question}”`,
    newEntry: (rank: number) => `${rank}: new entry`,
    footer: "Similar questions are grouped. A phrasing is added in one click; a new entry opens the form.",
  },
  feedback: {
    title: "Feedback per entry, most 👎 first",
    none: "No votes yet.",
    line: (down: number, up: number, id: string, question: string | undefined) =>
      `👎 ${down} · 👍 ${up} — \`${id}\`${question === undefined ? " (no longer in the knowledge)" : ` “${question}”`}`,
  },
  modLog: {
    title: "The knowledge file has problems",
    footer:
      "The bot keeps answering from the last good version. Fix the file (npm run kb:check lists the problems); the bot picks up the fix by itself.",
  },
  noEntry: (id: string) => `No entry has the id "${id}". /kb show lists what there is as you type.`,
  idTooLong: (id: string) => `The id "${id}" is too long for a button here; use npm run kb for this entry.`,
} as const;
