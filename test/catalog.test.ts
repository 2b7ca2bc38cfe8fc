import { describe, expect, it } from "vitest";
import { checkCatalog } from "../src/catalog/check.js";
import type { Detector } from "../src/catalog/types.js";
import { catalog as fullCatalog } from "../src/detectors/index.js";

// CATALOG_FILES=aws.ts,gcp.ts checks only those files: handy while writing a detector file
// beside others that are still in progress. CI always checks the whole catalog.
const onlyFiles = process.env.CATALOG_FILES?.split(",").filter(Boolean);
const catalog: readonly Detector[] = onlyFiles
  ? (
      await Promise.all(
        onlyFiles.map(
          async (file) =>
            ((await import(/* @vite-ignore */ `../src/detectors/${file}`)) as { detectors: Detector[] })
              .detectors,
        ),
      )
    ).flat()
  : fullCatalog;

describe("detector catalog", () => {
  it("loads every detector file", () => {
    expect(catalog.length).toBeGreaterThan(0);
  });

  it("passes its self-check: metadata, examples, negatives, ids, speed on hostile input", () => {
    const problems = checkCatalog(catalog, { performance: true });
    expect(problems.map((p) => `${p.detectorId}: ${p.problem}`)).toEqual([]);
  });

  it.skipIf(onlyFiles !== undefined)("ships the whole Anthropic family", () => {
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
