import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { sha256 } from "../src/findings/finding.js";
import { applyConfig, findConfigFile, loadConfig, scan } from "../src/index.js";
import { runCli } from "./helpers/cli.js";
import { anthropicKey, gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";
import { tempTree } from "./helpers/temp.js";

const sandbox = gitSandbox();
afterAll(() => sandbox.cleanup());

const acmeKey = (label: string) => `acme_live_${randomChars("alpha", 32, label)}`;

/** A custom detector as a team would write it; its example and negative built at test time. */
function acmeDetector(overrides: Record<string, unknown> = {}) {
  return {
    id: "acme-live-key",
    name: "Acme live API key",
    vendor: "Acme",
    family: "api-key",
    severity: "high",
    description: "A live key for the Acme API.",
    security: ["Full access to the Acme account it belongs to."],
    mitigation: { revoke: "Revoke the key in the Acme console under Settings > API keys, then rotate it." },
    keywords: ["acme_live_"],
    pattern: "\\b(?<secret>acme_live_[A-Za-z]{32})\\b",
    examples: [`ACME_KEY=${acmeKey("example")}`],
    negatives: ["acme_live_short"],
    ...overrides,
  };
}

/** Runs the CLI in `dir` and parses its JSON report. */
function jsonScan(dir: string, args: string[] = []) {
  const result = runCli(["scan", ".", "--format", "json", ...args], { cwd: dir });
  const findings = result.stdout
    ? (JSON.parse(result.stdout).findings as { detector: string; path: string; severity: string }[])
    : [];
  return { ...result, findings };
}

describe("configuration file: finding and loading it", () => {
  it("is found in the scan root, or a parent up to the repository root, and no further", () => {
    const root = tempTree({
      ".keyhound.yaml": "format: json\n",
      "repo/.git/HEAD": "ref: refs/heads/main\n",
      "repo/sub/deep/a.txt": "x\n",
      "plain/a.txt": "x\n",
    });
    expect(findConfigFile(join(root, "repo/sub/deep"))).toBeUndefined();
    writeFileSync(join(root, "repo/.keyhound.yml"), "format: sarif\n");
    expect(findConfigFile(join(root, "repo/sub/deep"))).toBe(join(root, "repo/.keyhound.yml"));
    expect(findConfigFile(join(root, "repo/sub/deep/a.txt"))).toBe(join(root, "repo/.keyhound.yml"));
    writeFileSync(join(root, "repo/sub/.keyhound.json"), '{"format": "text"}');
    expect(findConfigFile(join(root, "repo/sub/deep"))).toBe(join(root, "repo/sub/.keyhound.json"));
    // Outside a repository, only the scan root itself.
    expect(findConfigFile(join(root, "plain"))).toBeUndefined();
    expect(findConfigFile(root)).toBe(join(root, ".keyhound.yaml"));
  });

  it("sets team defaults that a flag overrides; --config names a file, --no-config ignores it", () => {
    const key = anthropicKey("config-defaults");
    const dir = tempTree({
      ".keyhound.yaml": "format: json\nexitCode: 3\nexclude: [vendor/]\n",
      "app.env": `KEY=${key}\n`,
      "vendor/lib.env": `KEY=${anthropicKey("config-vendored")}\n`,
      "other.yaml": "exitCode: 4\n",
    });
    const configured = jsonScan(dir);
    expect(configured.status).toBe(3);
    expect(configured.findings.map((f) => f.path)).toEqual(["app.env"]);

    const overridden = runCli(["scan", ".", "--format", "text", "--exit-code", "5"], { cwd: dir });
    expect(overridden.status).toBe(5);
    expect(overridden.stdout).toContain("Anthropic API key");

    expect(runCli(["scan", ".", "--config", "other.yaml", "-f", "json"], { cwd: dir }).status).toBe(4);
    const ignored = runCli(["scan", ".", "--no-config"], { cwd: dir });
    expect(ignored.status).toBe(1);
    expect(ignored.stdout).toContain("vendor/lib.env");
  });

  it("prints its JSON Schema, and checks a file", () => {
    const schema = runCli(["config", "schema"]);
    expect(schema.status).toBe(0);
    const parsed = JSON.parse(schema.stdout);
    expect(Object.keys(parsed.properties)).toEqual(
      expect.arrayContaining(["allowlist", "detectors", "minConfidence", "baseline", "verify"]),
    );
    const dir = tempTree({
      ".keyhound.yaml": [
        "baseline: .keyhound-baseline.json",
        "verify: {baseUrls: {github-pat-classic: 'https://github.example.com/api/v3'}}",
        "allowlist: {stopwords: [example, {word: dummy, reason: fixtures}]}",
        "",
      ].join("\n"),
    });
    const check = runCli(["config", "check"], { cwd: dir });
    expect(check.stderr).toBe("");
    expect(check.stdout).toMatch(/\.keyhound\.yaml: valid \(0 custom detectors, 2 allowlist entries\)/);
    expect(check.status).toBe(0);
    const none = runCli(["config", "check"], { cwd: tempTree({ ".git/HEAD": "x\n" }) });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^keyhound: no configuration file/);
  });
});

describe("configuration file: every mistake is one line naming the file and the key", () => {
  const cases: [string, string, RegExp][] = [
    ["unknown key", "formt: json\n", /formt: unknown key; allowed here: format, severity/],
    [
      "unknown nested key",
      "allowlist: {paths: [{path: a, reasn: x}]}\n",
      /allowlist\.paths\[0\]\.reasn: unknown key; allowed here: path, reason, detectors, expires/,
    ],
    ["wrong type", "maxFileSize: big\n", /maxFileSize: must be a whole number/],
    [
      "wrong enum",
      "detectors: {severity: {anthropic: huge}}\n",
      /detectors\.severity\.anthropic: must be one of critical, high, medium, low, info/,
    ],
    [
      "bad regex",
      "allowlist: {regexes: [{pattern: 'a(b', target: line}]}\n",
      /allowlist\.regexes\[0\]\.pattern: not a valid JavaScript regular expression/,
    ],
    [
      "bad path glob",
      "allowlist: {paths: ['fixtures/[ab']}\n",
      /allowlist\.paths\[0\]: "fixtures\/\[ab" is not a valid glob/,
    ],
    [
      "detector glob naming none",
      "detectors: {disable: [nope-*]}\n",
      /detectors\.disable\[0\]: "nope-\*" names no detector/,
    ],
    [
      "unknown detector in a scope",
      "allowlist: {stopwords: [{word: x, detectors: [nope]}]}\n",
      /allowlist\.stopwords\[0\]\.detectors\[0\]: "nope" names no detector/,
    ],
    [
      "unknown detector severity",
      "detectors: {severity: {nope: low}}\n",
      /detectors\.severity\.nope: no detector has the id "nope"/,
    ],
    [
      "bad date",
      `allowlist: {secrets: [{hash: ${"a".repeat(64)}, expires: 2027-02-30}]}\n`,
      /allowlist\.secrets\[0\]\.expires: must be a date written YYYY-MM-DD/,
    ],
    [
      "bad hash",
      "allowlist: {secrets: [abc]}\n",
      /allowlist\.secrets\[0\]: must be the secret's SHA-256 as 64 lower-case hex digits/,
    ],
    ["not YAML", "allowlist: [\n", /\.keyhound\.yaml(:\d+)?: not valid YAML/],
    [
      "custom detector without a secret group",
      `detectors: {custom: [${JSON.stringify(acmeDetector({ pattern: "acme_live_[A-Za-z]{32}" }))}]}\n`,
      /detectors\.custom\[0\]\.pattern: must mark the credential with a named group/,
    ],
    [
      "custom detector with a bad pattern",
      `detectors: {custom: [${JSON.stringify(acmeDetector({ pattern: "(?<secret>acme" }))}]}\n`,
      /detectors\.custom\[0\]\.pattern: not a valid JavaScript regular expression/,
    ],
    [
      "custom detector missing a field",
      `detectors: {custom: [${JSON.stringify({ ...acmeDetector(), vendor: undefined })}]}\n`,
      /detectors\.custom\[0\]\.vendor: missing; required here: id, name, vendor/,
    ],
    [
      "custom detector taking a built-in id",
      `detectors: {custom: [${JSON.stringify(acmeDetector({ id: "anthropic" }))}]}\n`,
      /detectors\.custom\[0\]\.id: "anthropic" is a built-in detector's id/,
    ],
  ];
  it.each(cases)("%s: exit 2", (_name, content, message) => {
    const dir = tempTree({ ".keyhound.yaml": content, "a.txt": "x\n" });
    for (const args of [
      ["scan", "."],
      ["config", "check"],
    ]) {
      const result = runCli(args, { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^keyhound: \.keyhound\.yaml(:\d+)?: /);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("a missing --config file: exit 2, naming it", () => {
    const result = runCli(["scan", ".", "--config", "nowhere.yaml"], { cwd: tempTree() });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("keyhound: nowhere.yaml: cannot read the configuration file (no such file)\n");
  });

  it("a JSON file that is not JSON", () => {
    const dir = tempTree({ ".keyhound.json": "{format: json}" });
    const result = runCli(["config", "check", ".keyhound.json"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^keyhound: \.keyhound\.json: not valid JSON/);
  });
});

describe("allowlist: each kind suppresses exactly what it names", () => {
  const keys = { fixture: anthropicKey("allow-fixture"), app: anthropicKey("allow-app") };
  const files = {
    "fixtures/test.env": `KEY=${keys.fixture}\n`,
    "src/app.env": `KEY=${keys.app}\n`,
  };
  const pathsOf = (dir: string, extra: string[] = []) =>
    jsonScan(dir, extra)
      .findings.map((f) => f.path)
      .sort();

  it("without an allowlist both are reported", () => {
    expect(pathsOf(tempTree(files))).toEqual(["fixtures/test.env", "src/app.env"]);
  });

  it("paths, relative to the configuration file, whatever the scan root", () => {
    const dir = tempTree({
      ...files,
      ".git/HEAD": "x\n",
      ".keyhound.yaml": "allowlist: {paths: ['fixtures/**']}\n",
    });
    expect(pathsOf(dir)).toEqual(["src/app.env"]);
    const fromSub = runCli(["scan", "fixtures", "-f", "json"], { cwd: dir });
    expect(JSON.parse(fromSub.stdout).findings).toEqual([]);
  });

  it("regexes on the secret", () => {
    const tail = keys.app.slice(-20);
    const dir = tempTree({ ...files, ".keyhound.yaml": `allowlist: {regexes: ['${tail}$']}\n` });
    expect(pathsOf(dir)).toEqual(["fixtures/test.env"]);
  });

  it("regexes on the whole line, in the calling thread and in scan threads", () => {
    const dir = tempTree({
      "a.env": `KEY=${keys.app} # rotated-test-key\n`,
      "b.env": `KEY=${keys.fixture}\n`,
      ".keyhound.yaml":
        "allowlist: {regexes: [{pattern: '#\\s*rotated-test-key', target: line, reason: CI only}]}\n",
    });
    expect(pathsOf(dir)).toEqual(["b.env"]);
    expect(pathsOf(dir, ["--workers", "1"])).toEqual(["b.env"]);
  });

  it("stopwords, in any case", () => {
    const word = keys.fixture.slice(20, 28).toUpperCase();
    const dir = tempTree({ ...files, ".keyhound.yaml": `allowlist: {stopwords: ['${word}']}\n` });
    expect(pathsOf(dir)).toEqual(["src/app.env"]);
  });

  it("secrets by SHA-256, without writing them down", () => {
    const dir = tempTree({
      ...files,
      ".keyhound.yaml": `allowlist: {secrets: [{hash: ${sha256(keys.app)}, reason: revoked}]}\n`,
    });
    expect(pathsOf(dir)).toEqual(["fixtures/test.env"]);
  });

  it("an entry scoped to other detectors does not apply", () => {
    const dir = tempTree({
      ...files,
      ".keyhound.yaml": `allowlist: {secrets: [{hash: ${sha256(keys.app)}, detectors: ['aws-*']}]}\n`,
    });
    expect(pathsOf(dir)).toEqual(["fixtures/test.env", "src/app.env"]);
    const scopedRight = tempTree({
      ...files,
      ".keyhound.yaml": `allowlist: {secrets: [{hash: ${sha256(keys.app)}, detectors: ['anthropic*']}]}\n`,
    });
    expect(pathsOf(scopedRight)).toEqual(["fixtures/test.env"]);
  });

  it("an expired entry stops applying, with a warning naming it; one not yet expired applies silently", () => {
    const expired = tempTree({
      ...files,
      ".keyhound.yaml": `allowlist: {secrets: [{hash: ${sha256(keys.app)}, reason: revoked test token, expires: 2020-06-30}]}\n`,
    });
    const late = jsonScan(expired);
    expect(late.findings.map((f) => f.path).sort()).toEqual(["fixtures/test.env", "src/app.env"]);
    expect(late.stderr).toMatch(
      /^keyhound: warning: allowlist entry allowlist\.secrets\[0\] \([0-9a-f]{12}…, "revoked test token"\) expired on 2020-06-30/,
    );
    const current = tempTree({
      ...files,
      ".keyhound.yaml": `allowlist: {secrets: [{hash: ${sha256(keys.app)}, expires: 2999-01-01}]}\n`,
    });
    const inTime = jsonScan(current);
    expect(inTime.findings.map((f) => f.path)).toEqual(["fixtures/test.env"]);
    expect(inTime.stderr).toBe("");
  });

  it("applies to git history and to staged scans", () => {
    const repo = ScriptedRepo.init(sandbox.root, "allowlisted");
    repo.commit("add keys", { ...files, ".keyhound.yaml": "allowlist: {paths: [fixtures/]}\n" });
    const history = runCli(["git", ".", "-f", "json"], { cwd: repo.path });
    expect(JSON.parse(history.stdout).findings.map((f: { path: string }) => f.path)).toEqual(["src/app.env"]);
    repo.write({ "fixtures/more.env": `KEY=${anthropicKey("staged-fixture")}\n` });
    repo.git("add", "-A");
    const staged = runCli(["scan", "--staged", "-f", "json"], { cwd: repo.path });
    expect(staged.status).toBe(0);
    expect(JSON.parse(staged.stdout).findings).toEqual([]);
  });
});

describe("detector settings", () => {
  const password = `DB_PASSWORD="${randomChars("alnum", 20, "config-generic")}"\n`;

  it("disable by id or glob, override severity, and floor confidence (also --min-confidence)", () => {
    const files = { "app.env": `KEY=${anthropicKey("settings")}\n`, "db.env": password };
    const all = jsonScan(tempTree(files));
    expect(all.findings.map((f) => f.detector).sort()).toEqual(["anthropic", "generic-password"]);

    const disabled = jsonScan(
      tempTree({ ...files, ".keyhound.yaml": "detectors: {disable: ['generic-*']}\n" }),
    );
    expect(disabled.findings.map((f) => f.detector)).toEqual(["anthropic"]);

    const severity = jsonScan(
      tempTree({ ...files, ".keyhound.yaml": "detectors: {severity: {anthropic: low}}\n" }),
    );
    expect(severity.findings.find((f) => f.detector === "anthropic")?.severity).toBe("low");
    const floored = jsonScan(
      tempTree({ ...files, ".keyhound.yaml": "detectors: {severity: {anthropic: info}}\n" }),
      ["--severity", "low"],
    );
    expect(floored.findings.map((f) => f.detector)).toEqual(["generic-password"]);

    const confident = jsonScan(tempTree({ ...files, ".keyhound.yaml": "minConfidence: medium\n" }));
    expect(confident.findings.map((f) => f.detector)).toEqual(["anthropic"]);
    expect(jsonScan(tempTree(files), ["--min-confidence", "high"]).findings.map((f) => f.detector)).toEqual([
      "anthropic",
    ]);
  });

  it("raises a key public by design (info) above the default floor when the file says so", () => {
    const files = { ".env": `NEXT_PUBLIC_POSTHOG_KEY=phc_${randomChars("alnum", 43, "config-info")}\n` };
    expect(jsonScan(tempTree(files)).findings).toEqual([]);
    const raised = jsonScan(
      tempTree({ ...files, ".keyhound.yaml": "detectors: {severity: {posthog-project-api-key: low}}\n" }),
    );
    expect(raised.findings.map((f) => `${f.detector}:${f.severity}`)).toEqual([
      "posthog-project-api-key:low",
    ]);
    const floor = jsonScan(tempTree({ ...files, ".keyhound.yaml": "severity: info\n" }));
    expect(floor.findings.map((f) => f.severity)).toEqual(["info"]);
  });

  it("--detectors on the command line overrides the file's disable list", () => {
    const dir = tempTree({
      "db.env": password,
      ".keyhound.yaml": "detectors: {disable: [generic-password]}\n",
    });
    expect(jsonScan(dir).findings).toEqual([]);
    expect(jsonScan(dir, ["--detectors", "generic-password"]).findings).toHaveLength(1);
  });
});

describe("custom detectors", () => {
  const config = (detector: object) => `detectors:\n  custom:\n    - ${JSON.stringify(detector)}\n`;

  it("are found by scans, explained, listed, reported as SARIF rules, and pass the self-check", () => {
    const key = acmeKey("in-code");
    const dir = tempTree({ ".keyhound.yaml": config(acmeDetector()), "app.env": `ACME_KEY=${key}\n` });
    const found = jsonScan(dir);
    expect(found.status).toBe(1);
    // Only the real key: the detector's own example in the configuration file is not reported.
    expect(found.findings.map((f) => [f.detector, f.path])).toEqual([["acme-live-key", "app.env"]]);
    expect(found.stdout).not.toContain(key);

    const explain = runCli(["explain", "acme-live-key"], { cwd: dir });
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain("Acme live API key");
    expect(explain.stdout).toContain("Revoke the key in the Acme console");

    expect(runCli(["detectors", "--vendor", "acme"], { cwd: dir }).stdout).toContain("acme-live-key");
    const sarif = JSON.parse(runCli(["scan", ".", "-f", "sarif"], { cwd: dir }).stdout);
    expect(sarif.runs[0].tool.driver.rules[0].shortDescription.text).toBe("Acme live API key");

    const check = runCli(["detectors", "--check", "--vendor", "acme"], { cwd: dir });
    expect(check.stdout).toContain("1 detectors checked, 0 problem(s)");
    expect(check.status).toBe(0);
  });

  it("a custom detector whose example is not found, or whose negative is, fails detectors --check", () => {
    const bad = acmeDetector({
      examples: [`ACME_KEY=acme_live_${randomChars("digits", 32, "bad")}`],
      negatives: [`${acmeKey("negative")}`],
    });
    const dir = tempTree({ ".keyhound.yaml": config(bad) });
    const check = runCli(["detectors", "--check", "--vendor", "acme"], { cwd: dir });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("acme-live-key: example 1 is not found");
    expect(check.stdout).toContain("acme-live-key: negative 1 is reported");
  });
});

describe("library API", () => {
  it("loadConfig and applyConfig give a library caller what the CLI does", async () => {
    const key = anthropicKey("library");
    const root = tempTree({ "a.env": `KEY=${key}\n`, "b.env": `KEY=${anthropicKey("library-b")}\n` });
    mkdirSync(join(root, ".git"));
    writeFileSync(
      join(root, ".keyhound.yaml"),
      `allowlist: {secrets: [${sha256(key)}]}\ndetectors: {severity: {anthropic: low}}\n`,
    );
    const config = loadConfig({ from: root });
    expect(config.path).toBe(join(root, ".keyhound.yaml"));
    const result = applyConfig(await scan({ paths: [root], workers: 0 }), config, { pathBase: root });
    expect(result.findings.map((f) => [f.path.endsWith("b.env"), f.severity])).toEqual([[true, "low"]]);
    expect(loadConfig({ from: root, discover: false }).path).toBeUndefined();
  });
});
