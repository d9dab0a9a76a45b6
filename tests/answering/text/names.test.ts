import { describe, expect, it } from "vitest";
import { asksForName } from "../../../src/answering/text/names.js";

describe("asksForName", () => {
  it("GIVEN a question for the name itself THEN true", () => {
    for (const question of [
      "Wie heißt der Sprecher des Nationalen Sicherheitsrates?",
      "wie heisst der sprecher vom sicherheitsrat",
      "Wie lautet sein Name?",
      "What's the name of the White House official who spoke to AFP?",
      "whats the name of the NSC spokesperson",
      "what are the names of the treaties",
      "what's the nsc spokesperson's name",
    ])
      expect(asksForName(question), question).toBe(true);
  });

  it("GIVEN a question whether a name is given, or for something else THEN false", () => {
    for (const question of [
      "did the nsc guy give his name",
      "Wurde der Sprecher namentlich genannt?",
      "is the spokesperson named?",
      "Wie lautet die Überschrift des Artikels?",
      "was heißt nichts über unsere verbündeten ohne unsere verbündeten",
      "what does the name OSCE stand for",
    ])
      expect(asksForName(question), question).toBe(false);
  });
});
