import { describe, expect, it } from "vitest";
import { Scalar, YAMLSeq, parseDocument } from "yaml";
import { createYamlEditor } from "../../../src/knowledge/store/yamlEditor.js";

function editor(text: string) {
  return createYamlEditor(text, parseDocument(text));
}

const list = (...items: string[]): YAMLSeq => {
  const seq = new YAMLSeq();
  seq.items = items.map((item) => new Scalar(item));
  return seq;
};

describe("createYamlEditor", () => {
  it("GIVEN two values set inside one flow mapping THEN renders that mapping once, still in flow style", () => {
    const text = "a: 1\nanswer: { de: x, en: y } # both\nz: 2\n";
    const edit = editor(text);
    edit.set(["answer", "de"], new Scalar("neu"));
    edit.set(["answer", "en"], new Scalar("new"));
    expect(edit.text()).toBe("a: 1\nanswer: {de: neu, en: new} # both\nz: 2\n");
  });

  it("GIVEN a key the mapping lacks THEN inserts it after the last key at the mapping's indentation", () => {
    const text = "entry:\n  id: a\n  questions:\n    de: [x]\nnext: 1\n";
    const edit = editor(text);
    edit.set(["entry", "questions", "en"], list("y"));
    edit.set(["entry", "topic"], new Scalar("t"));
    expect(edit.text()).toBe("entry:\n  id: a\n  questions:\n    de: [x]\n    en:\n      - y\n  topic: t\nnext: 1\n");
  });

  it("GIVEN a replaced list with comments around it THEN the comments stay, once (the one after the key moves below it)", () => {
    const text = "q:\n  # about de\n  de: # German\n    - a\n    - b # second\n  en: [c]\n";
    const edit = editor(text);
    edit.set(["q", "de"], list("x"));
    const out = edit.text();
    expect(out).toBe("q:\n  # about de\n  de:\n    # German\n    - x\n  en: [c]\n");
  });

  it("GIVEN Windows line endings THEN new lines use them too", () => {
    const text = "items:\r\n  - a\r\n  - b\r\nafter: 1\r\n";
    const edit = editor(text);
    edit.append(["items"], new Scalar("c"));
    expect(edit.text()).toBe("items:\r\n  - a\r\n  - b\r\n  - c\r\nafter: 1\r\n");
  });

  it("GIVEN a key removed THEN its whole lines go and the neighbours stay", () => {
    const text = "m:\n  a: 1\n  b: [x, y] # gone\n  c: 3\n";
    const edit = editor(text);
    edit.set(["m", "b"], undefined);
    expect(edit.text()).toBe("m:\n  a: 1\n  c: 3\n");
  });

  it("GIVEN a document written entirely in flow style THEN the whole document is rendered, comments kept", () => {
    const edit = editor("{ a: 1, b: [x] } # all in one line\n");
    edit.append(["b"], new Scalar("y"));
    expect(edit.text()).toBe("{ a: 1, b: [ x, y ] } # all in one line\n");
  });
});
