import { describe, expect, it } from "vitest";
import { underSection } from "../src/catalog/nearby.js";
import type { MatchContext } from "../src/catalog/types.js";

/** A context whose match is the value after `key` on the last line of `text`. */
function contextAt(text: string): MatchContext {
  return { window: text, index: text.lastIndexOf("VALUE"), groups: {} };
}

describe("underSection", () => {
  it("finds the vendor in the YAML mappings a key is nested in", () => {
    expect(underSection(contextAt("maps:\n  tomtom:\n    key: VALUE"), /tomtom/)).toBe(true);
    expect(underSection(contextAt("tomtom:\n  routing:\n    key: VALUE"), /tomtom/)).toBe(true);
  });
  it("does not take a sibling block's name for the key's own", () => {
    expect(underSection(contextAt("tomtom:\n  key: x\nhere:\n  key: VALUE"), /tomtom/)).toBe(false);
    expect(underSection(contextAt("tomtom:\n  timeout: 5\n\nkey: VALUE"), /tomtom/)).toBe(false);
  });
  it("reads the TOML or INI section above the key", () => {
    expect(underSection(contextAt("[messagebird]\naccess_key = VALUE"), /messagebird/)).toBe(true);
    expect(
      underSection(contextAt("[messagebird]\nkey = x\n\n[sinch]\naccess_key = VALUE"), /messagebird/),
    ).toBe(false);
  });
  it("looks no further than eight lines up", () => {
    const filler = Array.from({ length: 9 }, (_, i) => `  option${i}: ${i}`).join("\n");
    expect(underSection(contextAt(`tomtom:\n${filler}\n  key: VALUE`), /tomtom/)).toBe(false);
  });
});
