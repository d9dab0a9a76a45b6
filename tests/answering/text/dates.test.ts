import { describe, expect, it } from "vitest";
import { afterAll, asksForDay, daysAfter, daysIn } from "../../../src/answering/text/dates.js";

describe("daysIn", () => {
  it.each([
    ["für den 10. Januar geplant", [{ day: 10, month: 1 }]],
    [
      "on January 10 and the 12th of January",
      [
        { day: 12, month: 1 },
        { day: 10, month: 1 },
      ],
    ],
    ["am 13.1. in Wien", [{ day: 13, month: 1 }]],
    ["jan 12?", [{ day: 12, month: 1 }]],
    ["the talks were on the 11th", [{ day: 11, month: undefined }]],
    ["die NATO trifft sich am 14. mit Russland", [{ day: 14, month: undefined }]],
    ["Montag (27. Dezember)", [{ day: 27, month: 12 }]],
    ["3 meetings in 2 weeks", []],
    ["am 40. Januar", []],
    // Typed without the period: a day all the same, but not an hour or a count.
    ["sind die gespräche am 10 bilateral", [{ day: 10, month: undefined }]],
    ["what happens on the 12 with nato", [{ day: 12, month: undefined }]],
    ["treffen am 10 uhr", []],
  ])("GIVEN %j THEN %j", (text, days) => {
    expect(daysIn(text)).toEqual(days);
  });
});

describe("daysAfter", () => {
  it.each([
    ["was passiert nach dem 13. Januar", [{ day: 13, month: 1 }]],
    ["und nach dem osze treffen am 13.?", [{ day: 13, month: undefined }]],
    ["what happens after the OSCE meeting on jan 13", [{ day: 13, month: 1 }]],
    ["is the NATO meeting before or after jan 13", []],
    ["ist das treffen vor oder nach dem 12. januar", []],
    ["was passiert am 13. januar", []],
    // A month alone: after its last day.
    ["will there be another summit after january", [{ day: 31, month: 1 }]],
  ])("GIVEN %j THEN the days it asks what comes after: %j", (text, days) => {
    expect(daysAfter(text)).toEqual(days);
  });
});

describe("afterAll", () => {
  const events = [
    { day: 27, month: 12 },
    { day: 10, month: 1 },
    { day: 12, month: 1 },
    { day: 13, month: 1 },
  ];
  it.each([
    [{ day: 13, month: 1 }, true],
    [{ day: 31, month: 1 }, true],
    [{ day: 12, month: 1 }, false],
    // December's events come before January's: the talks follow the 27th.
    [{ day: 27, month: 12 }, false],
    [{ day: 31, month: 12 }, false],
    // A month without events is not judged: "after June" may be long before.
    [{ day: 30, month: 6 }, false],
  ])("GIVEN %j THEN after every event: %j", (day, after) => {
    expect(afterAll(day, events)).toBe(after);
  });
});

describe("asksForDay", () => {
  it.each([
    ["An welchem genauen Tag im Juni war der Gipfel in Genf?", true],
    ["an welchem tag im juni war das gipfeltreffen", true],
    ["welches Datum hat das OSZE-Treffen?", true],
    ["am wievielten treffen sich NATO und Russland", true],
    ["what exact day in june was the geneva summit", true],
    ["what date in june was the geneva summit", true],
    ["on what day were the talks announced?", true],
    ["wann war der Gipfel in Genf?", false],
    ["when was the geneva summit", false],
    ["what's the name of the spokesperson", false],
    ["Tagesordnung der Gespräche?", false],
  ])("GIVEN %j THEN %s", (text, asks) => {
    expect(asksForDay(text)).toBe(asks);
  });
});
