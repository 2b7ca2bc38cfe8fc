import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SEVERITIES } from "../src/catalog/types.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

// Expectations come from the built CLI's own catalog, which is what every command below runs.
const catalog = JSON.parse(runCli(["detectors", "--json"]).stdout) as ReadonlyArray<{
  id: string;
  vendor: string;
  family: string;
  severity: string;
}>;

/** The id column of `keyhound detectors`: every line between the header and the blank line. */
function listedIds(stdout: string): string[] {
  const [table = ""] = stdout.split("\n\n");
  return table
    .split("\n")
    .slice(1)
    .map((line) => line.split(/\s+/)[0] ?? "");
}

describe("keyhound detectors (CLI)", () => {
  it("runs, from the build's one-script bundle and its code cache, the same catalog as the sources", async () => {
    const path = "dist/detectors/catalog.bundle.cjs";
    expect(existsSync(path)).toBe(true);
    const { catalog: fromSources } = await import("../src/catalog/index.js");
    expect(catalog.map((d) => d.id)).toEqual(fromSources.map((d) => d.id));
    // The cache fits this Node and the CLI's flags: V8 takes it, and the compile it spares is not paid.
    const check = [
      `import { setFlagsFromString } from "node:v8";`,
      `import { readFileSync } from "node:fs";`,
      `import { CLI_V8_FLAGS, runCatalogScript } from "./dist/catalog/bundle-script.js";`,
      "setFlagsFromString(CLI_V8_FLAGS);",
      `const path = "${resolve(path)}";`,
      `const { script } = await runCatalogScript(path, readFileSync(path, "utf8"), readFileSync("dist/detectors/catalog.bundle.cache"));`,
      "process.stdout.write(String(script.cachedDataRejected));",
    ].join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", check], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("false");
  });

  it("lists the whole catalog with a summary that counts severities", () => {
    const result = runCli(["detectors"]);
    expect(result.status).toBe(0);
    expect(listedIds(result.stdout)).toEqual(catalog.map((d) => d.id));
    const bySeverity = SEVERITIES.map((s) => [s, catalog.filter((d) => d.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(", ");
    expect(result.stdout).toContain(`${catalog.length} detectors (${bySeverity}), `);
  });

  it("filters by vendor and family case-insensitively, and by severity", () => {
    const anthropic = runCli(["detectors", "--vendor", "anthropic"]);
    expect(anthropic.status).toBe(0);
    expect(listedIds(anthropic.stdout)).toEqual(
      catalog.filter((d) => d.vendor === "Anthropic").map((d) => d.id),
    );

    const apiKeys = runCli(["detectors", "--family", "api key", "--vendor", "Anthropic"]);
    expect(listedIds(apiKeys.stdout)).toEqual(
      catalog.filter((d) => d.vendor === "Anthropic" && d.family === "API Key").map((d) => d.id),
    );

    const critical = JSON.parse(runCli(["detectors", "--severity", "critical", "--json"]).stdout) as Array<{
      id: string;
      severity: string;
    }>;
    expect(critical.map((d) => d.id)).toEqual(
      catalog.filter((d) => d.severity === "critical").map((d) => d.id),
    );
  });

  it("treats a known vendor with no detector at that severity as an empty list, not an error", () => {
    const absent = SEVERITIES.find((s) => !catalog.some((d) => d.vendor === "Anthropic" && d.severity === s));
    if (absent === undefined) return;
    const result = runCli(["detectors", "--vendor", "Anthropic", "--severity", absent]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("0 detectors, 0 vendors");
  });

  it("breaks the selection down by severity, family and vendor with --counts", () => {
    const text = runCli(["detectors", "--counts"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^By severity\n[\s\S]*\nBy family\n[\s\S]*\nBy vendor\n/);
    expect(text.stdout).toContain(`${catalog.length} detectors\n`);

    const counts = JSON.parse(
      runCli(["detectors", "--counts", "--json", "--vendor", "Anthropic"]).stdout,
    ) as {
      total: number;
      bySeverity: Record<string, number>;
      byFamily: Record<string, number>;
      byVendor: Record<string, number>;
    };
    const anthropic = catalog.filter((d) => d.vendor === "Anthropic");
    expect(counts.total).toBe(anthropic.length);
    expect(counts.byVendor).toEqual({ Anthropic: anthropic.length });
    expect(Object.values(counts.bySeverity).reduce((a, b) => a + b, 0)).toBe(anthropic.length);
    expect(Object.values(counts.byFamily).reduce((a, b) => a + b, 0)).toBe(anthropic.length);
    // Most severe first, whatever the counts.
    const order = Object.keys(counts.bySeverity).map((s) =>
      SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("rejects an unknown vendor or family in one line, exit 2, with close names", () => {
    const vendor = runCli(["detectors", "--vendor", "Anthropik"]);
    expect(vendor.status).toBe(2);
    expect(vendor.stdout).toBe("");
    expect(vendor.stderr).toMatch(
      /^keyhound: unknown vendor "Anthropik"; did you mean "Anthropic"[^\n]*\?\n$/,
    );

    const family = runCli(["detectors", "--family", "API Keys"]);
    expect(family.status).toBe(2);
    expect(family.stderr).toMatch(/^keyhound: unknown family "API Keys"; did you mean "API Key"/);
    expect(family.stderr.trimEnd().split("\n")).toHaveLength(1);

    const nothingClose = runCli(["detectors", "--vendor", "zzzzzzzz"]);
    expect(nothingClose.status).toBe(2);
    expect(nothingClose.stderr).toContain('"keyhound detectors --counts" lists them');
  });

  it("rejects an unknown severity through the option's choices, exit 2", () => {
    const result = runCli(["detectors", "--severity", "urgent"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("critical, high, medium, low, info");
  });
});

describe("keyhound explain (CLI)", () => {
  it("prints the seed page's sections for a known id", () => {
    const result = runCli(["explain", "anthropic"]);
    expect(result.status).toBe(0);
    const headings = ["Description", "Security", "Examples", "Mitigation / Fix"];
    const positions = headings.map((h) => result.stdout.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("rejects an unknown id in one line, exit 2, suggesting a close id", () => {
    const typo = runCli(["explain", "anthropc"]);
    expect(typo.status).toBe(2);
    expect(typo.stdout).toBe("");
    expect(typo.stderr).toMatch(/^keyhound: unknown detector "anthropc"; did you mean anthropic[^\n]*\?\n$/);

    const unknown = runCli(["explain", "no-such-detector-at-all"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      'keyhound: unknown detector "no-such-detector-at-all"; run "keyhound detectors" to list ids\n',
    );
  });
});

describe("keyhound docs (CLI)", () => {
  it("writes the site and says how many pages", () => {
    const out = join(tempTree(), "site");
    const result = runCli(["docs", "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`wrote ${catalog.length + 2} pages to ${out}\n`);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "detectors", "anthropic.html"))).toBe(true);
  });

  it("rejects an output path that is a file, or lies under one, in one line, exit 2", () => {
    const dir = tempTree();
    const file = join(dir, "taken.txt");
    writeFileSync(file, "keep me");
    for (const out of [file, join(file, "site")]) {
      const result = runCli(["docs", "--out", out]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^keyhound: .*taken\.txt.*\n$/);
    }
  });

  it("requires --out", () => {
    const result = runCli(["docs"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--out");
  });
});
