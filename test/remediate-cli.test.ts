import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import type { Detector, ExampleSource } from "../src/catalog/types.js";
import { exampleText } from "../src/docs/page.js";
import { runCli } from "./helpers/cli.js";
import { anthropicKey, gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";
import { tempTree } from "./helpers/temp.js";

const rsa = catalog.find((d) => d.id === "rsa-private-key") as Detector;
const sandbox = gitSandbox();
afterAll(sandbox.cleanup);
let repoCount = 0;
const newRepo = () => ScriptedRepo.init(sandbox.root, `remediate-${++repoCount}`);

/** A scan's JSON report of `root`, written to `root/report.json`. */
function scanReport(root: string): string {
  const scan = runCli(["scan", ".", "--format", "json", "--output", "report.json", "--no-config"], {
    cwd: root,
  });
  expect(scan.status).toBe(1);
  return join(root, "report.json");
}

describe("keyhound remediate: errors", () => {
  it("fails in one line, exit 2, on a missing, unreadable, non-JSON or foreign report", () => {
    const root = tempTree({ "notes.txt": "hello\n", "other.json": '{"version":2,"runs":[]}\n' });
    const cases: [string[], RegExp][] = [
      [["--from", "missing.json"], /^keyhound: cannot read missing.json: no such file\n$/],
      [["--from", "."], /^keyhound: cannot read \.: EISDIR\n$/],
      [["--from", "notes.txt"], /^keyhound: notes.txt is not JSON \(write one with --format json\)\n$/],
      [["--from", "other.json"], /^keyhound: other.json is not a keyhound JSON report/],
      [[], /^keyhound: required option '--from <report.json>' not specified\n$/],
      [["--from", "notes.txt", "--format", "html"], /^keyhound: option .* argument 'html' is invalid/],
    ];
    for (const [args, message] of cases) {
      const result = runCli(["remediate", ...args], { cwd: root });
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
    }
  });

  it("fails before reading anything when the output or the replacements file cannot be written", () => {
    const root = tempTree({ "notes.txt": "hello\n" });
    for (const flag of ["--output", "--replacements"]) {
      const result = runCli(["remediate", "--from", "notes.txt", flag, "no/such/dir/x.txt"], { cwd: root });
      expect(result.stderr).toBe("keyhound: cannot write no/such/dir/x.txt: no such directory\n");
      expect(result.status).toBe(2);
    }
  });
});

describe("keyhound remediate: plans", () => {
  it("plans a working-tree secret per file language, redacted, with no purge outside git", () => {
    const key = anthropicKey("plan-cli");
    const root = tempTree({
      "app.py": `import anthropic\nclient = anthropic.Anthropic(api_key="${key}")\n`,
      "web/client.ts": `export const key = "${key}";\n`,
    });
    const report = scanReport(root);
    const result = runCli(["remediate", "--from", report], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("keyhound remediation plan: 1 secret from");
    expect(result.stdout).toContain("1. HIGH  Anthropic API key (anthropic)  sk-ant-api03-");
    expect(result.stdout).toContain("app.py:2:");
    expect(result.stdout).toContain("web/client.ts:1:");
    expect(result.stdout).toContain('Python (app.py): os.environ["ANTHROPIC_API_KEY"]');
    expect(result.stdout).toContain("JavaScript/TypeScript (web/client.ts): process.env.ANTHROPIC_API_KEY");
    expect(result.stdout).toContain("revoke: Go to Anthropic Console");
    expect(result.stdout).toContain("(https://console.anthropic.com/settings/keys)");
    expect(result.stdout).toContain("audit: ");
    expect(result.stdout).not.toContain("Purge from history");
    expect(result.stdout).not.toContain(key);
  });

  it("writes markdown for a ticket and JSON for tools, to a file with -o", () => {
    const key = anthropicKey("formats");
    const root = tempTree({ "deploy.sh": `export ANTHROPIC_API_KEY=${key}\n` });
    const report = scanReport(root);

    const markdown = runCli(["remediate", "--from", report, "--format", "markdown", "-o", "plan.md"], {
      cwd: root,
    });
    expect(markdown.stderr).toBe("keyhound: remediation plan for 1 secret written to plan.md\n");
    const text = readFileSync(join(root, "plan.md"), "utf8");
    expect(text).toContain("## 1. Anthropic API key (`anthropic`), high");
    expect(text).toContain("- [ ] **Revoke**: Go to Anthropic Console");
    expect(text).toContain('Shell (`deploy.sh`): `"${ANTHROPIC_API_KEY}"`');
    expect(text).not.toContain(key);

    const json = runCli(["remediate", "--from", report, "--format", "json"], { cwd: root });
    const plan = JSON.parse(json.stdout);
    expect(plan).toMatchObject({
      version: 1,
      report,
      purge: null,
      replacements: null,
      plans: [
        {
          number: 1,
          detector: { id: "anthropic", severity: "high" },
          envVar: "ANTHROPIC_API_KEY",
          places: [{ path: "deploy.sh", line: 1 }],
          replacements: [{ language: "Shell", code: '"${ANTHROPIC_API_KEY}"', paths: ["deploy.sh"] }],
        },
      ],
    });
    expect(json.stdout).not.toContain(key);
  });

  it("escapes the control characters of the report's paths and names, in text and markdown", () => {
    const root = tempTree();
    const finding = {
      detector: "anthropic",
      path: "evil\u001b[2J.py",
      line: 1,
      column: 1,
      secretHash: "0".repeat(64),
      redacted: "sk-ant-api03-abc…AA",
    };
    // A detector the catalog does not know, whose name and severity come from the report only.
    const foreign = {
      ...finding,
      secretHash: "1".repeat(64),
      detector: "acme-token",
      name: "Acme\u009b2J token",
      severity: "\u001b[31mhigh",
    };
    writeFileSync(join(root, "r.json"), JSON.stringify({ version: 1, findings: [finding, foreign] }));
    for (const format of ["text", "markdown"]) {
      const result = runCli(["remediate", "--from", "r.json", "--format", format], { cwd: root });
      expect(result.stdout).toContain("evil\\x1b[2J.py:1:1");
      expect(result.stdout).toContain("Acme\\u009b2J token");
      expect(result.stdout).not.toContain("\u001b");
      expect(result.stdout).not.toContain("\u009b");
      expect(result.status).toBe(0);
    }
  });

  it("treats a secret in a committed file as in history, and says how to write the replacements", () => {
    const key = anthropicKey("committed");
    const repo = newRepo();
    repo.commit("Add config", { "config.rb": `API_KEY = "${key}"\n` });
    scanReport(repo.path);
    const result = runCli(["remediate", "--from", "report.json"], { cwd: repo.path });
    expect(result.stdout).toContain("history: the file is committed to git");
    expect(result.stdout).toContain("Purge from history (secret 1):");
    expect(result.stdout).toContain(
      "`keyhound remediate --from report.json --replacements ../replacements.txt`",
    );
    expect(result.stdout).toContain("git filter-repo --replace-text ../replacements.txt");
    expect(result.stdout).toContain("git push --force --all origin");
  });

  it("lists a secret changed since the report as not found, writes no file, exit 1", () => {
    const key = anthropicKey("changed");
    const repo = newRepo();
    repo.commit("Add", { "settings.env": `KEY=${key}\n` });
    scanReport(repo.path);
    repo.write({ "settings.env": `KEY=${anthropicKey("rotated")}\n` });
    const result = runCli(["remediate", "--from", "report.json", "--replacements", "x.txt"], {
      cwd: repo.path,
    });
    expect(result.stdout).toContain("No replacements file written");
    expect(result.stdout).toContain("Not found, so not in the file: secret 1");
    expect(result.stdout).toContain("settings.env:1:5: changed since the report");
    expect(result.status).toBe(1);
    expect(() => statSync(join(repo.path, "x.txt"))).toThrow();
  });
});

const hasFilterRepo = spawnSync("git", ["filter-repo", "--version"]).status === 0;

describe.skipIf(!hasFilterRepo)(
  hasFilterRepo
    ? "keyhound remediate: the plan, followed, leaves a clean history"
    : "keyhound remediate: end to end with git filter-repo: skipped, `git filter-repo` is not installed",
  () => {
    it("purges secrets committed then deleted, or still in HEAD, so that keyhound git finds nothing", () => {
      const key = anthropicKey("purge");
      const kept = anthropicKey("purge-head");
      // A key block spans lines: its replacement is a regular expression, run by filter-repo too.
      const pem = exampleText(rsa.examples[0] as ExampleSource);
      const repo = newRepo();
      repo.commit("Start", { "README.md": "# app\n" });
      repo.commit("Add settings", {
        ".env": `DEBUG=1\nANTHROPIC_API_KEY=${key}\n`,
        "app.js": `const k = "${kept}";\n`,
        "deploy/id_rsa": pem,
      });
      repo.commit("Remove settings", { ".env": null, "deploy/id_rsa": null });

      const history = runCli(["git", "--format", "json", "--output", "r.json", "--no-config"], {
        cwd: repo.path,
      });
      expect(history.status).toBe(1);
      const plan = runCli(["remediate", "--from", "r.json", "--replacements", "x.txt"], { cwd: repo.path });
      expect(plan.status).toBe(0);
      expect(plan.stdout).toContain("in history only");
      expect(plan.stdout).toContain("Replacements file: x.txt (mode 0600), 3 secrets (1, 2, 3)");
      expect(plan.stdout).not.toContain(key);
      const file = join(repo.path, "x.txt");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const lines = readFileSync(file, "utf8").trimEnd().split("\n");
      expect(lines).toHaveLength(3);
      expect(lines).toContain(`literal:${key}==>***REMOVED-anthropic***`);
      expect(lines).toContain(`literal:${kept}==>***REMOVED-anthropic***`);
      expect(lines.find((line) => line.startsWith("regex:"))).toMatch(
        /==>\*\*\*REMOVED-rsa-private-key\*\*\*$/,
      );

      // The replacements file lives outside the rewritten history, as the plan says.
      repo.git("filter-repo", "--replace-text", file, "--force");
      const after = runCli(["git", "--no-config"], { cwd: repo.path });
      expect(after.stdout).toContain("No secrets found.");
      expect(after.status).toBe(0);
      expect(readFileSync(join(repo.path, "app.js"), "utf8")).toBe('const k = "***REMOVED-anthropic***";\n');
    });
  },
);
