/** A day of a month, as a text names it ("10. Januar", "January 10", "the 11th", "13.1."). */
export interface DayOfMonth {
  readonly day: number;
  /** 1–12; undefined when the text gives the day alone ("am 14.", "on the 11th"). */
  readonly month: number | undefined;
}

/** Whether two days can be the same: the same day of the month, and no different months named. */
export function sameDay(a: DayOfMonth, b: DayOfMonth): boolean {
  return a.day === b.day && (a.month === undefined || b.month === undefined || a.month === b.month);
}

const MONTHS: readonly (readonly [RegExp, number])[] = [
  [/^(?:januar|january|jan|j(?:ä|ae|a)nner)$/, 1],
  [/^(?:februar|february|feb)$/, 2],
  [/^(?:m(?:ä|ae|a)rz|march|mar|m(?:ä|ae|a)r)$/, 3],
  [/^(?:april|apr)$/, 4],
  [/^(?:mai|may)$/, 5],
  [/^(?:juni|june|jun)$/, 6],
  [/^(?:juli|july|jul)$/, 7],
  [/^(?:august|aug)$/, 8],
  [/^(?:september|sept|sep)$/, 9],
  [/^(?:oktober|october|okt|oct)$/, 10],
  [/^(?:november|nov)$/, 11],
  [/^(?:dezember|december|dez|dec)$/, 12],
];

function monthOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase().replace(/\.$/, "");
  return MONTHS.find(([pattern]) => pattern.test(lower))?.[1];
}

const MONTH_WORD = "[A-Za-zÄÖÜäöüß]{3,9}\\.?";
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH_WORD})`, "g");
const MONTH_DAY = new RegExp(`(${MONTH_WORD})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b`, "g");
const BEFORE_A_DAY = "am|vom|zum|bis zum|ab dem|nach dem|seit dem";
/**
 * A day without its month, in this order: an English ordinal; a German "am 14." that no month
 * follows; either typed without its period ("sind die gespräche am 10 bilateral", "on the 10"),
 * unless a unit follows.
 */
const DAY_ALONE = [
  /\b(\d{1,2})(?:st|nd|rd|th)\b/g,
  new RegExp(`\\b(?:${BEFORE_A_DAY}|den)\\s+(\\d{1,2})\\.(?!\\d)`, "gi"),
  new RegExp(
    `\\b(?:${BEFORE_A_DAY}|on the)\\s+(\\d{1,2})(?=\\s|$|[?!,;])(?!\\s*(?:uhr|prozent|%|km|kilometer|mal|jahre?n?|tausend|o'?clock|pm|am|percent|times|years?)\\b)`,
    "gi",
  ),
];

/**
 * Every day of a month a text names. Forms: "10. Januar", "10 January", "January 10(th)",
 * "13.1.", "the 11th", "am 14.", "on the 12th". A bare number ("3 meetings") is no day.
 */
export function daysIn(text: string): DayOfMonth[] {
  const found: DayOfMonth[] = [];
  const add = (day: string, month: number | undefined): void => {
    const value = Number(day);
    if (value >= 1 && value <= 31 && !found.some((d) => d.day === value && d.month === month)) found.push({ day: value, month });
  };
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthOf(m[2]);
    if (month !== undefined) add(m[1]!, month);
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthOf(m[1]);
    if (month !== undefined) add(m[2]!, month);
  }
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(?!\d)/g)) add(m[1]!, Number(m[2]));
  for (const pattern of DAY_ALONE) {
    for (const m of text.matchAll(pattern)) if (!found.some((d) => d.day === Number(m[1]))) add(m[1]!, undefined);
  }
  return found;
}

/**
 * The days a text asks what comes after ("was passiert nach dem 13. Januar", "what happens after
 * the OSCE meeting on jan 13"); none where "before or after" / "vor oder nach" compares two.
 */
export function daysAfter(text: string): DayOfMonth[] {
  return [...text.toLowerCase().matchAll(AFTER)].flatMap((m) => {
    const days = daysIn(m[0]);
    if (days.length > 0) return days;
    // "another summit after January": after the month's last day.
    const month = [...m[0].matchAll(/[a-zäöüß]{3,9}/g)].map((word) => monthOf(word[0])).find((n) => n !== undefined);
    return month === undefined ? [] : [{ day: 31, month }];
  });
}

/**
 * Whether a day comes after every one of the events (or on the last one's day), their months read
 * as one stretch of under a year that starts after the widest gap between them: December's events
 * come before January's. A month none of the events falls in is not judged.
 */
export function afterAll(day: DayOfMonth, events: readonly DayOfMonth[]): boolean {
  const months = [...new Set(events.flatMap((event) => (event.month === undefined ? [] : [event.month])))].sort((a, b) => a - b);
  if (day.month === undefined || !months.includes(day.month)) return false;
  let start = months[0]!;
  let widest = 0;
  months.forEach((month, k) => {
    const gap = (month - months[(k + months.length - 1) % months.length]! + 12) % 12 || 12;
    if (gap > widest) [widest, start] = [gap, month];
  });
  const at = (d: DayOfMonth): number => (((d.month ?? start) - start + 12) % 12) * 32 + d.day;
  return events.every((event) => event.month === undefined || at(event) <= at(day));
}

// Up to the end of the clause: "after the osce meeting on jan 13" names the day a few words on.
const AFTER = /(?<!\b(?:or|oder)\s+)\b(?:after|following|nach(?=\s+de[mnr]\b))\b[^,;?!]{0,40}/g;

const WEEKDAYS: readonly (readonly [RegExp, number])[] = [
  [/^(?:montag|monday|mon|mo)$/, 1],
  [/^(?:dienstag|tuesday|tue|tues|di)$/, 2],
  [/^(?:mittwoch|wednesday|wed|mi)$/, 3],
  [/^(?:donnerstag|thursday|thu|thurs|do)$/, 4],
  [/^(?:freitag|friday|fri|fr)$/, 5],
  [/^(?:samstag|sonnabend|saturday|sat|sa)$/, 6],
  [/^(?:sonntag|sunday|sun|so)$/, 7],
];

/** What a text says about when and how many: the facts a claim is checked against. */
export interface Details {
  readonly days: readonly DayOfMonth[];
  /** Every month it names, with or without a day (1–12). */
  readonly months: readonly number[];
  /** Days of the week it names (1 Monday – 7 Sunday), written out in full. */
  readonly weekdays: readonly number[];
  /** Other numbers: years, counts, figures ("2014", "175,000", "3"). */
  readonly numbers: readonly number[];
}

/** The dates, months, weekdays and other numbers a text names. */
export function detailsIn(text: string): Details {
  const days = daysIn(text);
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const months = [
    ...new Set([...days.flatMap((d) => (d.month === undefined ? [] : [d.month])), ...words.flatMap((w) => monthOnly(w))]),
  ];
  // Weekdays only written out: "mo", "do", "so" are everyday words in German.
  const weekdays = [
    ...new Set(
      words.filter((w) => w.length >= 6).flatMap((w) => WEEKDAYS.filter(([pattern]) => pattern.test(w)).map(([, day]) => day)),
    ),
  ];
  const dayNumbers = new Set(days.map((d) => d.day));
  const numbers = [...text.matchAll(/\b\d{1,3}(?:[.,'’ ]\d{3})+\b|\b\d+\b/g)]
    .map((m) => Number(m[0].replace(/[.,'’ ]/g, "")))
    .filter((n) => !dayNumbers.has(n) && !(n >= 1 && n <= 12 && /\b\d{1,2}\.\d{1,2}\./.test(text)));
  return { days, months, weekdays, numbers: [...new Set(numbers)] };
}

/** A month named on its own ("im März", "last June"); abbreviations only when written with a capital or a period are too ambiguous, so full names only. */
function monthOnly(word: string): number[] {
  if (word.length < 4 && word !== "mai" && word !== "may") return [];
  const month = monthOf(word);
  return month === undefined ? [] : [month];
}

/**
 * "An welchem Tag genau …", "what date was …": the question wants a day of the month, not just a
 * month ("im vergangenen Juni" answers when, but not which day).
 */
const ASKS_DAY =
  /\b(?:an welchem (?:genauen )?tag|welche[nmrs]? (?:genaue[nmrs]? )?(?:tag|datum)|genaue[nmrs]? (?:tag|datum)|das datum|am wievielten|(?:what|which|exact|precise|specific) (?:exact )?(?:day|date)|on what (?:day|date))\b/i;

export function asksForDay(text: string): boolean {
  return ASKS_DAY.test(text);
}
