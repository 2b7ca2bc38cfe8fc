import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checksummedToken } from "../src/catalog/synth.js";
import {
  applyBaseline,
  BASELINE_FILE,
  baselineFromFindings,
  readBaseline,
  serializeBaseline,
} from "../src/policy/baseline.js";
import { scan } from "../src/scan/directory.js";
import { runCli } from "./helpers/cli.js";
import { gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";
import { tempTree } from "./helpers/temp.js";

const sandbox = gitSandbox();
afterAll(sandbox.cleanup);
let repoCount = 0;
const newRepo = () => ScriptedRepo.init(sandbox.root, `baseline-${++repoCount}`);

const token = (label: string) => checksummedToken("ghp_", 30, label);
const baselineIn = (dir: string) => readFileSync(join(dir, BASELINE_FILE), "utf8");
const jsonReport = (stdout: string) =>
  JSON.parse(stdout) as { findings: { secretHash: string }[]; stats: { baselined?: number } };

describe("keyhound baseline over git history", () => {
  it("silences every secret of a history, after a move and after a rewrite, but not a new one", () => {
    const repo = newRepo();
    const secrets = [token("h1"), token("h2"), token("h3")];
    repo.commit("Add config", { "config/.env": `A=${secrets[0]}\nB=${secrets[1]}\n` });
    repo.commit("Add other", { "src/app.py": `KEY = "${secrets[2]}"\n` });
    repo.commit("Remove one", { "src/app.py": null });
    const created = runCli(["baseline", "create", "--git", repo.path], { cwd: repo.path });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain("Wrote 3 secrets");
    const file = baselineIn(repo.path);
    for (const secret of secrets) expect(file).not.toContain(secret);
    for (const secret of secrets) expect(file).not.toContain(secret.slice(4, 14));
    const baseline = join(repo.path, BASELINE_FILE);
    expect(readBaseline(baseline).entries.every((e) => e.commit !== undefined)).toBe(true);

    const quiet = runCli(["git", repo.path, "--baseline", baseline, "--format", "json"]);
    expect(quiet.status).toBe(0);
    expect(jsonReport(quiet.stdout)).toMatchObject({ findings: [], stats: { baselined: 3 } });

    // Moved to another file and line.
    repo.commit("Move", {
      "config/.env": null,
      "deploy/settings.env": `\n\nX=${secrets[1]}\nY=${secrets[0]}\n`,
    });
    expect(runCli(["git", repo.path, "--baseline", baseline]).status).toBe(0);

    // History rewritten: the same content committed afresh, in a repository of its own.
    const fresh = newRepo();
    fresh.commit("Squashed", { "all.env": secrets.map((s, i) => `K${i}=${s}`).join("\n") });
    const rewritten = runCli(["git", fresh.path, "--baseline", baseline]);
    expect(rewritten.status).toBe(0);
    expect(rewritten.stdout).toContain("No new secrets found.");
    expect(rewritten.stdout).toContain("(3 known findings hidden by the baseline)");

    // A new key is reported, and only it.
    const added = token("h4");
    repo.commit("New key", { "new.env": `N=${added}\n` });
    const report = jsonReport(runCli(["git", repo.path, "--baseline", baseline, "--format", "json"]).stdout);
    expect(report.findings).toHaveLength(1);
    expect(report.stats.baselined).toBe(3);
  });
});

describe("keyhound baseline over files", () => {
  it("hides known secrets from scan after a move, and reports new ones", () => {
    const [a, b] = [token("f1"), token("f2")];
    const dir = tempTree({ "app/.env": `A=${a}\nB=${b}\n` });
    expect(runCli(["baseline", "create", "."], { cwd: dir }).status).toBe(0);
    renameSync(join(dir, "app/.env"), join(dir, "moved.env"));
    writeFileSync(join(dir, "moved.env"), `# moved\n\nB=${b}\nA=${a}\n`);
    const quiet = runCli(["scan", ".", "--baseline", BASELINE_FILE], { cwd: dir });
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toContain("(2 known findings hidden by the baseline)");
    writeFileSync(join(dir, "new.env"), `C=${token("f3")}\n`);
    const loud = runCli(["scan", ".", "--baseline", BASELINE_FILE], { cwd: dir });
    expect(loud.status).toBe(1);
    expect(loud.stdout).toContain("1 finding (1 critical) in 1 file.");
    expect(loud.stdout).toContain("(2 known findings hidden by the baseline)");
  });

  it("update adds new secrets, prunes gone ones and keeps verdicts", () => {
    const [kept, gone, added] = [token("u1"), token("u2"), token("u3")];
    const dir = tempTree({ "a.env": `K=${kept}\n`, "b.env": `G=${gone}\n` });
    runCli(["baseline", "create", "."], { cwd: dir });
    const keptHash = readBaseline(join(dir, BASELINE_FILE)).entries.find((e) => e.paths.includes("a.env"))
      ?.secretHash as string;
    expect(
      runCli(
        ["baseline", "mark", keptHash.slice(0, 8), "--as", "accepted-risk", "--reason", "test fixture"],
        { cwd: dir },
      ).status,
    ).toBe(0);
    writeFileSync(join(dir, "b.env"), `N=${added}\n`);
    const update = runCli(["baseline", "update", "."], { cwd: dir });
    expect(update.stdout).toContain("1 added, 1 pruned, 1 kept");
    const entries = readBaseline(join(dir, BASELINE_FILE)).entries;
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.secretHash === keptHash)?.triage).toMatchObject({
      verdict: "accepted-risk",
      reason: "test fixture",
    });
    expect(baselineIn(dir)).not.toContain(added);
  });

  it("refuses to overwrite a baseline without --force, and reports a bad file in one line", () => {
    const dir = tempTree({ "a.env": `K=${token("o1")}\n`, "bad.json": "{ nope" });
    runCli(["baseline", "create", "."], { cwd: dir });
    const again = runCli(["baseline", "create", "."], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(
      /^keyhound: \.keyhound-baseline\.json exists: run "keyhound baseline update"/,
    );
    expect(runCli(["baseline", "create", ".", "--force"], { cwd: dir }).status).toBe(0);
    for (const [file, message] of [
      ["bad.json", "is not valid JSON"],
      ["missing.json", "no such file"],
    ]) {
      const result = runCli(["scan", ".", "--baseline", file as string], { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("keyhound baseline mark and audit", () => {
  const hashA = `abcd1${"0".repeat(59)}`;
  const hashB = `abcd2${"0".repeat(59)}`;
  const twoEntries = () =>
    JSON.stringify({
      version: 1,
      entries: [
        { detector: "stripe", secretHash: hashB, paths: ["b"] },
        { detector: "aws-access-key", secretHash: hashA, paths: ["a"] },
      ],
    });

  it("records a verdict, reason, who and when for a unique prefix", () => {
    const dir = tempTree({ [BASELINE_FILE]: twoEntries() });
    const result = runCli(
      ["baseline", "mark", "ABCD1", "--as", "false-positive", "--reason", "docs example"],
      {
        cwd: dir,
        env: { USER: "reviewer-name" },
      },
    );
    expect(result.status).toBe(0);
    const entry = readBaseline(join(dir, BASELINE_FILE)).entries.find((e) => e.secretHash === hashA);
    expect(entry?.triage).toMatchObject({
      verdict: "false-positive",
      reason: "docs example",
      by: "reviewer-name",
    });
    expect(Date.parse(entry?.triage?.at as string)).toBeGreaterThan(Date.parse("2020-01-01"));
  });

  it("exits 2 on an ambiguous or unknown prefix, or an unknown verdict", () => {
    const dir = tempTree({ [BASELINE_FILE]: twoEntries() });
    const mark = (prefix: string, verdict = "revoked") =>
      runCli(["baseline", "mark", prefix, "--as", verdict, "--reason", "r"], { cwd: dir });
    expect(mark("abcd")).toMatchObject({ status: 2, stderr: expect.stringContaining("2 baseline entries") });
    expect(mark("ffff")).toMatchObject({ status: 2, stderr: expect.stringContaining("no baseline entry") });
    expect(mark("abcd1", "fine")).toMatchObject({ status: 2 });
    const empty = runCli(["baseline", "mark", "abcd1", "--as", "revoked", "--reason", " "], { cwd: dir });
    expect(empty).toMatchObject({ status: 2, stderr: expect.stringContaining("--reason is empty") });
    expect(readFileSync(join(dir, BASELINE_FILE), "utf8")).toBe(twoEntries());
  });

  it("audit refuses without a terminal, pointing at mark", () => {
    const dir = tempTree({ [BASELINE_FILE]: twoEntries() });
    const result = runCli(["baseline", "audit"], { cwd: dir, input: "f\n" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^keyhound: baseline audit asks on a terminal; .*keyhound baseline mark/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("baseline file and library", () => {
  it("writes version 1 with a fixed key order and sorted entries", () => {
    const text = serializeBaseline({
      version: 1,
      entries: [
        { detector: "zeta", secretHash: "b".repeat(64), paths: ["z", "a", "a"] },
        {
          detector: "alpha",
          secretHash: "c".repeat(64),
          paths: [],
          triage: { at: "t", by: "b", reason: "r", verdict: "revoked" } as never,
        },
      ],
    });
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(["version", "entries"]);
    expect(parsed.entries.map((e: { detector: string }) => e.detector)).toEqual(["alpha", "zeta"]);
    expect(Object.keys(parsed.entries[0].triage)).toEqual(["verdict", "reason", "by", "at"]);
    expect(parsed.entries[1].paths).toEqual(["a", "z"]);
  });

  it("takes a baseline option or applies one to a result", async () => {
    const dir = tempTree({ "a.env": `K=${token("lib1")}\n` });
    const first = await scan({ paths: [dir], workers: 0 });
    expect(first.findings).toHaveLength(1);
    const baseline = baselineFromFindings(first.findings);
    expect((await scan({ paths: [dir], workers: 0, baseline })).findings).toEqual([]);
    expect(applyBaseline(first, baseline)).toMatchObject({ findings: [], stats: { baselined: 1 } });
  });
});
