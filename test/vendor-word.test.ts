import { describe, expect, it } from "vitest";
import { vendorNameAtWordStart, vendorPhrase, vendorWord } from "../src/catalog/patterns.js";

describe("vendorWord", () => {
  const acme = new RegExp(vendorWord("acme"));

  it("finds the vendor word at the start of a name, after a separator or at a camelCase hump", () => {
    for (const text of [
      "ACME_KEY",
      "acme_key",
      "MY_ACME_KEY",
      "my.acme.key",
      "myAcmeKey",
      "config[acme]",
      "v2Acme",
    ]) {
      expect(acme.test(text), text).toBe(true);
    }
  });

  it("does not find it inside a longer word", () => {
    for (const text of ["PLACMEKEY", "placme_key", "xacmeKey", "UNACME"]) {
      expect(acme.test(text), text).toBe(false);
    }
  });

  it("keeps the word first in the pattern, so the boundary is a lookbehind after it", () => {
    expect(vendorWord("acme").startsWith("(?:acme|Acme|ACME)")).toBe(true);
  });
});

describe("vendorNameAtWordStart", () => {
  const name = new RegExp(`^${vendorNameAtWordStart(["serper"], ["key", "token"])}$`);

  it("matches a vendor-and-kind name and rejects the vendor word inside another word", () => {
    expect(name.test("SERPER_API_KEY")).toBe(true);
    expect(name.test("serperToken")).toBe(true);
    expect(new RegExp(vendorNameAtWordStart(["serper"], ["key"])).test("USERPERMISSION_KEY")).toBe(false);
    expect(new RegExp(vendorNameAtWordStart(["pm_api"], ["secret"])).test("NPM_API_SECRET")).toBe(false);
  });
});

describe("vendorPhrase", () => {
  const phrase = new RegExp(`^${vendorPhrase(["acme"], ["key", "token"])}$`);

  it("matches a vendor-and-kind name, and the vendor and kind as words of a phrase", () => {
    for (const text of ["ACME_API_KEY", "acmeToken", "acme key", "Acme access key", "ACME\tTOKEN"]) {
      expect(phrase.test(text), text).toBe(true);
    }
  });

  it("allows at most one word between the vendor and the kind, and no line break", () => {
    for (const text of ["acme is the key", "acme\nkey", "acme  key", "acmekeyring token"]) {
      expect(phrase.test(text), text).toBe(false);
    }
  });
});
