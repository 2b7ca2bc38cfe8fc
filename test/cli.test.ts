import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

describe("keyhound scan (CLI)", () => {
  it("exits 0 and says so when nothing is found", () => {
    const dir = tempTree({ "app.py": "print('hello')\n" });
    const result = runCli(["scan", dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("No secrets found.");
  });

  it("exits 1 with a redacted, located finding, the fix and the explain pointer", () => {
    const key = anthropicKey("cli-1");
    const dir = tempTree({ ".env": `# settings\nANTHROPIC_API_KEY=${key}\n` });
    const result = runCli(["scan", dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Anthropic API key");
    expect(result.stdout).toContain(":2:19".slice(1));
    expect(result.stdout).toContain("keyhound explain anthropic");
    expect(result.stdout).not.toContain(key);
    expect(result.stdout).toContain(`${key.slice(0, 16)}…AA`);
  });

  it("groups findings by detector, most severe first, and leads the summary with the most severe", () => {
    const admin = `sk-ant-admin01-${randomChars("base64url", 93, "cli-order")}AA`;
    const dir = tempTree({
      ".env": `ANTHROPIC_API_KEY=${anthropicKey("cli-order")}\n\nADMIN_KEY=${admin}\n`,
    });
    const { stdout } = runCli(["scan", dir]);
    const headers = stdout
      .split("\n")
      .flatMap((line) => /^(HIGH|CRITICAL) +.*\((.+)\)$/.exec(line)?.slice(1, 3) ?? []);
    expect(headers).toEqual(["CRITICAL", "anthropic-admin", "HIGH", "anthropic"]);
    const places = stdout.split("\n").flatMap((line) => /^ {2}\S*\.env:(\d+):\d+ /.exec(line)?.[1] ?? []);
    expect(places).toEqual(["3", "1"]);
    expect(stdout).toContain("2 findings (1 critical, 1 high) in 1 file.");
  });

  it("prints no ANSI colour when NO_COLOR is set or output is not a terminal", () => {
    const dir = tempTree({ ".env": `KEY=${anthropicKey("cli-colour")}\n` });
    expect(runCli(["scan", dir]).stdout.includes("\u001b[")).toBe(false);
  });

  it("writes the versioned JSON shape, without secrets unless --no-redact", () => {
    const key = anthropicKey("cli-json");
    const dir = tempTree({ "config/app.json": JSON.stringify({ anthropic: key }, null, 2) });
    const redacted = JSON.parse(runCli(["scan", dir, "--format", "json"]).stdout);
    expect(redacted.version).toBe(1);
    expect(redacted.findings).toHaveLength(1);
    expect(redacted.findings[0]).toMatchObject({ detector: "anthropic", severity: "high", line: 2 });
    expect(JSON.stringify(redacted)).not.toContain(key);
    const clear = JSON.parse(runCli(["scan", dir, "--format", "json", "--no-redact"]).stdout);
    expect(clear.findings[0].secret).toBe(key);
  });

  it("writes the report to --output and keeps stdout free of it", () => {
    const dir = tempTree({ "a.env": `K=${anthropicKey("cli-out")}\n` });
    const out = join(dir, "report.json");
    const result = runCli(["scan", join(dir, "a.env"), "--format", "json", "--output", out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).findings).toHaveLength(1);
  });

  it("filters by severity, detector and exclusion, and honours --exit-code", () => {
    const dir = tempTree({ "a.env": `K=${anthropicKey("cli-filter")}\n` });
    expect(runCli(["scan", dir, "--severity", "critical"]).status).toBe(0);
    expect(runCli(["scan", dir, "--severity", "high"]).status).toBe(1);
    expect(runCli(["scan", dir, "--exclude-detectors", "anthropic"]).status).toBe(0);
    expect(runCli(["scan", dir, "--detectors", "anthropic*"]).status).toBe(1);
    expect(runCli(["scan", dir, "--exit-code", "0"]).status).toBe(0);
  });

  it("says how many findings the severity floor left out, and reports public keys when asked", () => {
    const dir = tempTree({
      ".env": `K=${anthropicKey("cli-floor")}\nNEXT_PUBLIC_POSTHOG_KEY=phc_${randomChars("alnum", 43, "cli-floor")}\n`,
    });
    const plain = runCli(["scan", dir]);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain("1 finding (1 high) in 1 file.");
    expect(plain.stdout).toContain("(1 below the severity floor not shown: --severity info lists them)");
    const all = JSON.parse(runCli(["scan", dir, "-f", "json", "--severity", "info"]).stdout);
    expect(all.findings.map((f: { detector: string }) => f.detector).sort()).toEqual([
      "anthropic",
      "posthog-project-api-key",
    ]);
    expect(all.stats.belowSeverity).toBeUndefined();
    const named = JSON.parse(runCli(["scan", dir, "-f", "json", "-d", "posthog-project-api-key"]).stdout);
    expect(named.findings.map((f: { severity: string }) => f.severity)).toEqual(["info"]);
    const high = runCli(["scan", dir, "--severity", "critical"]);
    expect(high.status).toBe(0);
    expect(high.stdout).toContain("No secrets found.");
    expect(high.stdout).toContain("(2 below the severity floor not shown");
  });

  it("respects .gitignore and .keyhoundignore, and --no-gitignore", () => {
    const dir = tempTree({
      ".gitignore": "ignored/\n",
      ".keyhoundignore": "fixtures/*.txt\n",
      "ignored/a.env": `K=${anthropicKey("cli-ign-1")}\n`,
      "fixtures/b.txt": `K=${anthropicKey("cli-ign-2")}\n`,
    });
    expect(runCli(["scan", dir]).status).toBe(0);
    const all = JSON.parse(runCli(["scan", dir, "--no-gitignore", "--format", "json"]).stdout);
    expect(all.findings.map((f: { path: string }) => f.path.split("/").slice(-2).join("/"))).toEqual([
      "ignored/a.env",
    ]);
  });

  it("applies a nested .gitignore to paths relative to its own folder", () => {
    const dir = tempTree({
      "sub/.gitignore": "/local.env\ndeep/*.txt\n",
      "sub/local.env": `K=${anthropicKey("cli-nest-1")}\n`,
      "sub/deep/x.txt": `K=${anthropicKey("cli-nest-2")}\n`,
      "sub/other/local.env": `K=${anthropicKey("cli-nest-3")}\n`,
      "local.env": `K=${anthropicKey("cli-nest-4")}\n`,
    });
    const report = JSON.parse(runCli(["scan", dir, "--format", "json"]).stdout);
    const paths = report.findings.map((f: { path: string }) =>
      f.path.slice(f.path.indexOf(dir) + dir.length + 1),
    );
    expect(paths.sort()).toEqual(["local.env", "sub/other/local.env"]);
  });

  it("skips binary files and silences lines marked keyhound:ignore", () => {
    const key = anthropicKey("cli-bin");
    const dir = tempTree({
      "blob.dat2": `\u0000\u0001${key}`,
      "test.py": `KEY = "${key}"  # keyhound:ignore reviewed test fixture\n`,
    });
    expect(runCli(["scan", dir]).status).toBe(0);
  });

  it.each([
    [["scan", "/no/such/dir"], /cannot read \/no\/such\/dir: no such file or directory/],
    [["scan", "--format", "xml"], /argument 'xml' is invalid/],
    [["scan", "--severity", "urgent"], /argument 'urgent' is invalid/],
    [["scan", "--detectors", "nope"], /unknown detector "nope"/],
    [["scan", "--bogus"], /unknown option '--bogus'/],
    [["scan", "--max-file-size", "-3"], /not a positive whole number/],
    [["scan", ".", "--output", "/no/such/dir/report.txt"], /cannot write \/no\/such\/dir\/report.txt/],
    [["explain", "no-such-detector"], /unknown detector "no-such-detector"/],
    [["frobnicate"], /unknown command 'frobnicate'/],
  ])("reports bad input %j in one line with exit code 2", (args, message) => {
    const dir = tempTree({ "a.txt": "nothing here\n" });
    const result = runCli(args, { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("keyhound explain (CLI)", () => {
  it("prints the detector's page in the seed layout with a redacted example", () => {
    const result = runCli(["explain", "anthropic"]);
    expect(result.status).toBe(0);
    const headings = [
      "ID",
      "Severity",
      "Vendor",
      "Family",
      "Description",
      "Security",
      "Examples",
      "Mitigation / Fix",
    ];
    let at = -1;
    for (const heading of headings) {
      const next = result.stdout.indexOf(heading, at + 1);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    expect(result.stdout).toMatch(/ANTHROPIC_API_KEY=sk-ant-api03-.{3}…AA/);
    expect(result.stdout).toContain("console.anthropic.com/settings/keys");
  });
});

describe("the repository under its own scan", () => {
  it("reports nothing: example secrets are built at test time", () => {
    const result = runCli(["scan", "."]);
    expect(result.stdout).toContain("No secrets found.");
    expect(result.status).toBe(0);
  });
});
