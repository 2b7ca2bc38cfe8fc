import { describe, expect, it } from "vitest";
import { checkCatalog } from "../src/catalog/check.js";
import { catalog } from "../src/detectors/index.js";

describe("detector catalog", () => {
  it("loads every detector file", () => {
    expect(catalog.length).toBeGreaterThan(0);
  });

  it("passes its self-check: metadata, examples, negatives, ids, speed on hostile input", () => {
    const problems = checkCatalog(catalog, { performance: true });
    expect(problems.map((p) => `${p.detectorId}: ${p.problem}`)).toEqual([]);
  });

  it("ships the whole Anthropic family", () => {
    const ids = catalog.filter((d) => d.vendor === "Anthropic").map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "anthropic",
        "anthropic-admin",
        "anthropic-oauth-access",
        "anthropic-oauth-refresh",
        "anthropic-session",
      ]),
    );
  });
});
