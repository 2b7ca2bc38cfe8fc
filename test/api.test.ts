import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oneLineFix } from "../src/catalog/mitigation.js";
import { randomChars } from "../src/catalog/synth.js";
import { catalog, type Detector, redact, reporters, scan, scanText } from "../src/index.js";
import { tempTree } from "./helpers/temp.js";

const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

describe("library API", () => {
  it("scan() walks paths and returns located findings with stats", async () => {
    const key = anthropicKey("api-1");
    const dir = tempTree({ "src/a.ts": `\n\nconst k = "${key}";\n`, "README.md": "nothing\n" });
    const result = await scan({ paths: [dir] });
    expect(result.stats.files).toBe(2);
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding).toMatchObject({ detectorId: "anthropic", line: 3, column: 12, secret: key });
    expect(finding?.path.endsWith(join("src", "a.ts"))).toBe(true);
    expect(finding?.redacted).toBe(redact(key, "sk-ant-api03-".length));
  });

  it("leaves keys that are public by design (info) out unless asked for, and counts them", async () => {
    const text = [
      `NEXT_PUBLIC_POSTHOG_KEY=phc_${randomChars("alnum", 43, "api-info")}`,
      `NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${randomChars("hexLower", 32, "api-info")}`,
    ].join("\n");
    const dir = tempTree({ ".env": `${text}\n` });
    const quiet = await scan({ paths: [dir] });
    expect(quiet.findings).toEqual([]);
    expect(quiet.stats.belowSeverity).toBe(2);
    const asked = await scan({ paths: [dir], minSeverity: "info" });
    expect(asked.findings.map((f) => `${f.detectorId}:${f.severity}`).sort()).toEqual([
      "algolia-search-api-key:info",
      "posthog-project-api-key:info",
    ]);
    // The floor applies to findings, not detectors: with only high ones reported, the search-only
    // key is still recognised as one, not reported as an Algolia key of unknown rights.
    const high = await scan({ paths: [dir], minSeverity: "high" });
    expect(high.findings).toEqual([]);
    expect(high.stats.belowSeverity).toBe(2);
    expect(scanText(text)).toEqual([]);
    expect(scanText(text, { detectors: ["posthog-project-api-key"] }).map((f) => f.detectorId)).toEqual([
      "posthog-project-api-key",
    ]);
  });

  it("scanText() scans in-memory text and gives a stable, content-based fingerprint", () => {
    const key = anthropicKey("api-2");
    const first = scanText(`k=${key}`, { path: "a.env" })[0];
    const moved = scanText(`\n\n\n  k=${key}`, { path: "a.env" })[0];
    const elsewhere = scanText(`k=${key}`, { path: "b.env" })[0];
    expect(first?.fingerprint).toBe(moved?.fingerprint);
    expect(first?.fingerprint).not.toBe(elsewhere?.fingerprint);
    expect(first?.secretHash).toBe(elsewhere?.secretHash);
  });

  it("redacts every secret on a line in the snippet, not only the reported one", () => {
    const a = anthropicKey("api-3a");
    const b = anthropicKey("api-3b");
    const findings = scanText(`keys=${a},${b}`);
    expect(findings).toHaveLength(2);
    for (const finding of findings) {
      expect(finding.snippet).not.toContain(a);
      expect(finding.snippet).not.toContain(b);
    }
  });

  it("reports a secret split across lines at the right place, and non-ASCII columns in characters", () => {
    const key = anthropicKey("api-4");
    const [finding] = scanText(`# ünïcödé\nschlüssel = "${key}"`);
    expect(finding).toMatchObject({ line: 2, column: 14 });
  });

  it("exposes a catalog with every detector documented", () => {
    expect(catalog.length).toBeGreaterThan(0);
    for (const detector of catalog) {
      expect(detector.mitigation.revoke.length).toBeGreaterThan(0);
    }
  });
});

describe("companions (multi-part credentials)", () => {
  const base = {
    vendor: "Test",
    family: "API Key",
    severity: "high",
    description: "A test credential.",
    security: ["It is a test."],
    mitigation: { revoke: "Revoke it in the test console under Settings > Keys, then rotate." },
    examples: [],
    negatives: [],
  } as const;
  const pairSecret: Detector = {
    ...base,
    id: "test-secret",
    name: "Test secret",
    keywords: ["test_secret"],
    pattern: /test_secret\s?=\s?(?<secret>[0-9a-f]{32})\b/,
    companions: [{ name: "account id", pattern: /\b(?<value>TA[0-9a-f]{10})\b/, required: true }],
  };
  const accountId: Detector = {
    ...base,
    id: "test-account",
    name: "Test account with secret",
    keywords: ["TA"],
    pattern: /\b(?<secret>TA[0-9a-f]{10})\b/,
    companions: [{ name: "secret", pattern: /test_secret\s?=\s?(?<value>[0-9a-f]{32})\b/ }],
  };
  const secret = randomChars("hexLower", 32, "companion");
  const account = `TA${randomChars("hexLower", 10, "companion-id")}`;

  it("reports a secret with its required companion, and drops it without", () => {
    const found = scanText(`account=${account}\ntest_secret=${secret}\n`, { catalog: [pairSecret] });
    expect(found).toHaveLength(1);
    expect(found[0]?.companions?.[0]?.name).toBe("account id");
    expect(scanText(`test_secret=${secret}\n`, { catalog: [pairSecret] })).toHaveLength(0);
  });

  it("keeps the more severe side of a pair: a secret key is not reported as its key id", () => {
    const idOnly: Detector = { ...accountId, severity: "medium" };
    const found = scanText(`account=${account}\ntest_secret=${secret}\n`, { catalog: [idOnly, pairSecret] });
    expect(found.map((f) => `${f.detectorId} ${f.severity}`)).toEqual(["test-secret high"]);
    expect(found[0]?.companions?.[0]?.name).toBe("account id");
  });

  it("reports a pair found from both sides once", () => {
    const found = scanText(`account=${account}\ntest_secret=${secret}\n`, {
      catalog: [accountId, pairSecret],
    });
    expect(found.map((f) => f.detectorId)).toEqual(["test-account"]);
    expect(found[0]?.companions?.[0]?.redacted).not.toContain(secret);
    const stats = { files: 1, bytes: 1, skipped: 0, durationMs: 1 };
    expect(reporters.json({ findings: found, stats }, {})).not.toContain(secret);
    expect(reporters.text({ findings: found, stats }, {})).not.toContain(secret);
    expect(reporters.json({ findings: found, stats }, { showSecrets: true })).toContain(secret);
  });
});

describe("report wording", () => {
  it("redacts a secret URL after its host, so the reader sees which service it is", () => {
    const path = `services/T${randomChars("upperAlnum", 8, "url-1")}/B${randomChars("upperAlnum", 10, "url-2")}/${randomChars("alnum", 24, "url-3")}`;
    const [finding] = scanText(`SLACK_WEBHOOK = "https://hooks.slack.com/${path}"`);
    expect(finding?.redacted.startsWith("https://hooks.slack.com/")).toBe(true);
    expect(finding?.redacted).not.toContain(path.slice(-24));
  });

  it("cuts the one-line fix at a sentence end, not after an abbreviation or inside parentheses", () => {
    const detector = catalog[0] as Detector;
    const revoke =
      "Reset it in the console (managed services: e.g. RDS > Modify. Or the CLI). Then rotate. More.";
    expect(oneLineFix({ ...detector, mitigation: { revoke } })).toBe(
      "Reset it in the console (managed services: e.g. RDS > Modify. Or the CLI).",
    );
  });
});
