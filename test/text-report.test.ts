import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import type { Finding } from "../src/findings/finding.js";
import { printable } from "../src/report/printable.js";
import { textReporter } from "../src/report/text.js";
import { runCli } from "./helpers/cli.js";
import { gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";
import { tempTree } from "./helpers/temp.js";

const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

describe("text output of untrusted content", () => {
  it("escapes control characters, C1 controls and bidi overrides, and leaves the rest alone", () => {
    expect(printable("\u001b[2J\u001b]0;title\u0007")).toBe("\\x1b[2J\\x1b]0;title\\x07");
    expect(printable("a\nb\rc\u007fd\u009be")).toBe("a\\nb\\rc\\x7fd\\u009be");
    expect(printable("if (admin\u202e } \u2066")).toBe("if (admin\\u202e } \\u2066");
    expect(printable("tab\there, ünïcödé, 日本, emoji 🔑")).toBe("tab\there, ünïcödé, 日本, emoji 🔑");
  });

  it("shows escape sequences from a file's name and content escaped in text, exact in JSON", () => {
    const key = anthropicKey("escapes");
    const name = "evil\u001b[31m\u202e.env";
    const content = `\u001b]0;pwned\u0007\u001b[2JKEY=${key} \u009b1A\u202e hidden\n`;
    const dir = tempTree();
    writeFileSync(join(dir, name), content);

    const text = runCli(["scan", dir]);
    expect(text.status).toBe(1);
    for (const raw of ["\u001b", "\u0007", "\u009b", "\u202e"]) expect(text.stdout).not.toContain(raw);
    expect(text.stdout).toContain("evil\\x1b[31m\\u202e.env");
    expect(text.stdout).toContain("\\x1b]0;pwned\\x07\\x1b[2JKEY=sk-ant-api03-");
    expect(text.stdout).toContain("\\u009b1A\\u202e hidden");

    const json = JSON.parse(runCli(["scan", dir, "-f", "json"]).stdout);
    expect(json.findings[0].path).toBe(join(dir, name));
    expect(json.findings[0].snippet).toContain("\u001b[2JKEY=");
  });

  it("escapes a path named in an error message on stderr", () => {
    const dir = tempTree();
    const result = runCli(["scan", join(dir, "missing\u001b[2J\u001b]0;x\u0007")]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).toContain("missing\\x1b[2J\\x1b]0;x\\x07: no such file or directory");
  });
});

/** A finding as the scan makes them; only what the text report shows varies. */
function finding(overrides: Partial<Finding> & Pick<Finding, "detectorId" | "path" | "line">): Finding {
  return {
    detectorName: `${overrides.detectorId} key`,
    vendor: "Test",
    family: "API Key",
    severity: "high",
    confidence: "high",
    column: 5,
    endLine: overrides.line,
    endColumn: 45,
    secret: "not shown",
    redacted: "tk_abc…yz",
    snippet: "KEY=tk_abc…yz",
    fingerprint: "0".repeat(32),
    secretHash: "0".repeat(64),
    fix: `Revoke the ${overrides.detectorId} key in its console.`,
    ...overrides,
  };
}

const stats = { files: 60, bytes: 1, skipped: 0, durationMs: 1234 };
const lineCount = (text: string, pattern: RegExp) => text.split("\n").filter((l) => pattern.test(l)).length;

describe("text report layout", () => {
  it("shows one finding as its detector, the fix, and the place with the redacted line", () => {
    const report = textReporter(
      { findings: [finding({ detectorId: "test", path: "config/.env", line: 3 })], stats },
      {},
    );
    expect(report).toBe(
      [
        "HIGH     test key (test)",
        "  fix: Revoke the test key in its console. → keyhound explain test",
        "  config/.env:3:5  KEY=tk_abc…yz",
        "",
        "1 finding (1 high) in 1 file. 60 files scanned in 1.23 s",
        "",
      ].join("\n"),
    );
  });

  it("says the fix once per detector for 500 findings, most severe detector first", () => {
    const findings = Array.from({ length: 500 }, (_, i) =>
      i % 5 === 0
        ? finding({ detectorId: "worse", severity: "critical", path: `f${i % 50}.env`, line: i + 1 })
        : finding({ detectorId: "plain", path: `f${i % 50}.env`, line: i + 1 }),
    );
    const report = textReporter({ findings, stats }, {});
    expect(lineCount(report, /fix:/)).toBe(2);
    expect(report.indexOf("CRITICAL worse key (worse): 100 findings")).toBeLessThan(
      report.indexOf("HIGH     plain key (plain): 400 findings"),
    );
    expect(lineCount(report, /^ {2}f\d+\.env:\d+:5 {2}KEY=tk_abc…yz$/)).toBe(500);
    // 2 headers, 2 fixes, 500 places, 2 blank lines, the summary.
    expect(report.trimEnd().split("\n")).toHaveLength(507);
    expect(report).toContain("500 findings (100 critical, 400 high) in 50 files. 60 files scanned in 1.23 s");

    const verbose = textReporter({ findings, stats }, { verbose: true });
    expect(lineCount(verbose, /fix:/)).toBe(500);
  });

  it("lists companions, verification and history under their finding, escaped", () => {
    const report = textReporter(
      {
        findings: [
          finding({
            detectorId: "pair",
            path: "a.env",
            line: 1,
            companions: [{ name: "key id", value: "ID", redacted: "**" }],
            verification: { status: "live", detail: "200 from api.example.com\u001b[2J" },
            commit: {
              commit: "0123456789abcdef",
              author: "Ann\u001b]0;pwned\u0007",
              email: "ann@example.com",
              date: "2024-01-01",
              summary: "Add key\u202e",
            },
          }),
        ],
        stats,
      },
      {},
    );
    expect(report).toContain(
      "  a.env:1:5  LIVE (200 from api.example.com\\x1b[2J)  KEY=tk_abc…yz\n      with key id **\n",
    );
    expect(report).toContain(
      "introduced in 0123456789 by Ann\\x1b]0;pwned\\x07 <ann@example.com>, 2024-01-01: Add key\\u202e",
    );
  });
});

describe("text report of --analyze", () => {
  it("puts what the vendor says about a live key on a line under it, escaped", () => {
    const report = textReporter(
      {
        findings: [
          finding({
            detectorId: "pair",
            path: "a.env",
            line: 1,
            verification: {
              status: "live",
              detail: "accepted by the vendor",
              analysis: { identity: "octo\u001b[2Jcat", account: "acme\u202e", scopes: ["repo", "gist"] },
            },
          }),
        ],
        stats,
      },
      {},
    );
    expect(report).toContain(
      "  a.env:1:5  LIVE (accepted by the vendor)  KEY=tk_abc…yz\n      live: octo\\x1b[2Jcat (account: acme\\u202e; scopes: repo, gist)\n",
    );
  });
});

describe("text report from the CLI", () => {
  const sandbox = gitSandbox();
  afterAll(sandbox.cleanup);

  it("groups 500 findings under one fix, and --verbose repeats it, in scan and git", () => {
    const lines = Array.from({ length: 500 }, (_, i) => `KEY_${i}=${anthropicKey(`group-${i}`)}`);
    const files = { "keys.env": `${lines.join("\n")}\n` };
    const dir = tempTree(files);
    const grouped = runCli(["scan", dir]);
    expect(grouped.status).toBe(1);
    expect(lineCount(grouped.stdout, /fix:/)).toBe(1);
    expect(lineCount(grouped.stdout, /keys\.env:\d+:\d+ {2}KEY_\d+=sk-ant-api03-/)).toBe(500);
    expect(grouped.stdout).toContain("500 findings (500 high) in 1 file. 1 file scanned in");
    expect(lineCount(runCli(["scan", dir, "--verbose"]).stdout, /fix:/)).toBe(500);

    const repo = ScriptedRepo.init(sandbox.root, "grouped");
    repo.commit("Add keys", files);
    const history = runCli(["git", repo.path]);
    expect(history.status).toBe(1);
    expect(lineCount(history.stdout, /fix:/)).toBe(1);
    expect(lineCount(runCli(["git", repo.path, "--verbose"]).stdout, /fix:/)).toBe(500);
  });
});
