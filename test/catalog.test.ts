import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkCatalog } from "../src/catalog/check.js";
import { catalog as fullCatalog } from "../src/catalog/index.js";
import type { Detector } from "../src/catalog/types.js";

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
  // The loader discovers files rather than listing them: each file must reach the catalog, whole
  // and in its place (files by name, detectors as written), and none may be skipped silently.
  it.skipIf(onlyFiles !== undefined)("loads every detector file", async () => {
    const folder = fileURLToPath(new URL("../src/detectors/", import.meta.url));
    const files = readdirSync(folder)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
      .sort();
    const perFile = await Promise.all(
      files.map(async (file) => {
        const module = (await import(/* @vite-ignore */ `../src/detectors/${file}`)) as {
          detectors?: Detector[];
        };
        return { file, ids: (module.detectors ?? []).map((d) => d.id) };
      }),
    );
    expect(
      perFile.filter(({ ids }) => ids.length === 0).map(({ file }) => `${file} has no detectors`),
    ).toEqual([]);
    expect(fullCatalog.map((d) => d.id)).toEqual(perFile.flatMap(({ ids }) => ids));
    expect(fullCatalog.length).toBeGreaterThanOrEqual(483);
  });

  // The speed check runs every pattern over five 256 KB lines, so its time grows with the catalog:
  // the budget does too, 0.6 s a detector, for a loaded machine running other suites beside it.
  it("passes its self-check: metadata, examples, negatives, ids, speed on hostile input", {
    timeout: Math.max(240_000, catalog.length * 600),
  }, () => {
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
