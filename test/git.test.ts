import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { buildProgram } from "../src/cli/program.js";
import { detectors as anthropic } from "../src/detectors/anthropic.js";
import { Engine } from "../src/engine/engine.js";
import { ChunkScanner } from "../src/scan/chunk-scanner.js";
import { type GitScanOptions, scanGitHistory } from "../src/scan/history.js";
import { scanStaged } from "../src/scan/staged.js";
import { ANN, anthropicKey, EPOCH, gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";

const sandbox = gitSandbox();
afterAll(sandbox.cleanup);

let repoCount = 0;
const newRepo = () => ScriptedRepo.init(sandbox.root, `repo-${++repoCount}`);
const history = (repo: ScriptedRepo, options: GitScanOptions = {}) =>
  scanGitHistory({ repo: repo.path, catalog: anthropic, ...options });
const secretsOf = (findings: { secret: string }[]) => findings.map((f) => f.secret).sort();

describe("keyhound git: history by unique blob", () => {
  it("reports a key added then deleted once, at the commit that added it, as in history only", async () => {
    const repo = newRepo();
    const key = anthropicKey("deleted");
    repo.commit("Start", { "README.md": "# app\n" });
    const added = repo.commit("Add settings\n\nWith the production key.", {
      ".env": `DEBUG=1\nANTHROPIC_API_KEY=${key}\n`,
    });
    repo.commit("Remove settings", { ".env": null });

    const { findings, stats } = await history(repo);

    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      detectorId: "anthropic",
      secret: key,
      path: ".env",
      line: 2,
      commit: {
        commit: added,
        author: ANN.name,
        email: ANN.email,
        date: new Date((EPOCH + 60) * 1000).toISOString().replace(".000Z", "+00:00"),
        summary: "Add settings",
      },
      history: { inHistoryOnly: true, commits: 1, paths: 1 },
    });
    expect(stats).toMatchObject({ commits: 3, files: 2 });
  });

  it("does not mark a key that HEAD still holds", async () => {
    const repo = newRepo();
    repo.commit("Add settings", { "config.yml": `anthropic:\n  key: ${anthropicKey("kept")}\n` });
    const [finding] = (await history(repo)).findings;
    expect(finding?.history).toEqual({ inHistoryOnly: false, commits: 1, paths: 1 });
  });

  it("reports a renamed file's blob once, with both paths", async () => {
    const repo = newRepo();
    const added = repo.commit("Add", { "config/dev.env": `KEY=${anthropicKey("renamed")}\n` });
    repo.git("mv", "config/dev.env", "config/prod.env");
    repo.commit("Rename");

    const { findings } = await history(repo);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      path: "config/dev.env",
      commit: { commit: added },
      history: { inHistoryOnly: false, commits: 2, paths: 2 },
    });
  });

  it("reports a key carried through many commits once, with the commit count", async () => {
    const repo = newRepo();
    const key = anthropicKey("many");
    const first = repo.commit("Version 1", { "settings.env": `KEY=${key}\nVERSION=1\n` });
    for (let version = 2; version <= 6; version++) {
      repo.commit(`Version ${version}`, { "settings.env": `KEY=${key}\nVERSION=${version}\n` });
    }

    const { findings, stats } = await history(repo);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ commit: { commit: first }, history: { commits: 6, paths: 1 } });
    expect(stats.files).toBe(6);
  });

  it("follows branches and merges: a merged key keeps its own commit, a conflict resolution is the merge's", async () => {
    const repo = newRepo();
    repo.commit("Base", { "shared.txt": "base\n" });
    repo.git("checkout", "-q", "-b", "feature");
    const featureCommit = repo.commit("Feature", {
      "feature.env": `KEY=${anthropicKey("feature")}\n`,
      "shared.txt": "feature\n",
    });
    repo.git("checkout", "-q", "main");
    repo.commit("Main work", { "shared.txt": "main\n" });
    try {
      repo.gitWith(repo.identity(ANN), "merge", "-q", "feature");
    } catch {
      // The conflict on shared.txt is the point: its resolution brings in a new key.
    }
    const resolutionKey = anthropicKey("resolution");
    repo.write({ "shared.txt": `resolved\nKEY=${resolutionKey}\n` });
    repo.git("add", "-A");
    repo.gitWith(repo.identity(ANN), "commit", "-q", "--no-edit");
    const merge = repo.head();

    const { findings } = await history(repo);

    expect(findings.map((f) => [f.path, f.commit?.commit])).toEqual([
      ["feature.env", featureCommit],
      ["shared.txt", merge],
    ]);
    expect(findings[1]?.secret).toBe(resolutionKey);
  });

  it("finds a key that lives only on an unmerged branch with --all, not with --branch main", async () => {
    const repo = newRepo();
    repo.commit("Base", { "README.md": "# app\n" });
    repo.git("checkout", "-q", "-b", "wip");
    repo.commit("Try something", { "try.py": `client = Anthropic(api_key="${anthropicKey("wip")}")\n` });
    repo.git("checkout", "-q", "main");

    const all = await history(repo);
    expect(all.findings).toHaveLength(1);
    expect(all.findings[0]?.history?.inHistoryOnly).toBe(true);
    expect((await history(repo, { branches: ["main"] })).findings).toEqual([]);
    expect((await history(repo, { branches: ["wip"] })).findings).toHaveLength(1);
  });

  describe("commit selection", () => {
    const keys = [1, 2, 3].map((n) => anthropicKey(`range-${n}`));
    let repo: ScriptedRepo;
    let commits: string[];
    beforeAll(() => {
      repo = newRepo();
      commits = keys.map((key, i) => repo.commit(`Key ${i + 1}`, { [`key${i + 1}.env`]: `KEY=${key}\n` }));
    });

    it("scans only a range", async () => {
      const { findings } = await history(repo, { range: `${commits[0]}..${commits[2]}` });
      expect(secretsOf(findings)).toEqual([keys[1], keys[2]].sort());
    });

    it("scans only what came after --since", async () => {
      expect(secretsOf((await history(repo, { since: commits[1] })).findings)).toEqual([keys[2]]);
    });

    it("stops at --max-depth", async () => {
      const { findings, stats } = await history(repo, { maxDepth: 1 });
      expect(secretsOf(findings)).toEqual([keys[2]]);
      expect(stats.commits).toBe(1);
    });

    it("scans what a push adds", async () => {
      const update = (remoteOid: string) => ({
        localRef: "refs/heads/main",
        localOid: commits[2] as string,
        remoteRef: "refs/heads/main",
        remoteOid,
      });
      const zero = "0".repeat(40);
      expect(secretsOf((await history(repo, { pushes: [update(commits[0] as string)] })).findings)).toEqual(
        [keys[1], keys[2]].sort(),
      );
      // A new branch on a remote we hold no tracking branch of: every commit is new.
      expect((await history(repo, { pushes: [update(zero)] })).findings).toHaveLength(3);
      const deletion = { ...update(commits[0] as string), localOid: zero };
      expect((await history(repo, { pushes: [deletion] })).findings).toEqual([]);
    });

    it("rejects an unknown revision in one line", async () => {
      await expect(history(repo, { branches: ["no-such-branch"] })).rejects.toThrow(
        /unknown revision "no-such-branch"/,
      );
      await expect(history(repo, { range: "--output=x..HEAD" })).rejects.toThrow(/unknown revision/);
    });
  });

  it("scans a bare repository", async () => {
    const repo = newRepo();
    repo.commit("Add", { ".env": `KEY=${anthropicKey("bare")}\n` });
    repo.commit("Remove", { ".env": null });
    const bare = join(sandbox.root, "bare.git");
    execFileSync("git", ["clone", "-q", "--bare", repo.path, bare]);

    const { findings } = await scanGitHistory({ repo: bare, catalog: anthropic });

    expect(findings).toHaveLength(1);
    expect(findings[0]?.history?.inHistoryOnly).toBe(true);
  });

  it("scans a shallow clone down to its boundary", async () => {
    const repo = newRepo();
    repo.commit("Old key", { "old.env": `KEY=${anthropicKey("shallow-old")}\n` });
    repo.commit("Drop old key", { "old.env": null });
    const tip = repo.commit("New key", { "new.env": `KEY=${anthropicKey("shallow-new")}\n` });
    const shallow = join(sandbox.root, "shallow");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo.path}`, shallow]);

    const { findings, stats } = await scanGitHistory({ repo: shallow, catalog: anthropic });

    expect(stats.commits).toBe(1);
    expect(findings.map((f) => [f.path, f.commit?.commit])).toEqual([["new.env", tip]]);
  });

  it("reports a submodule instead of failing on it", async () => {
    const library = newRepo();
    library.commit("Library", { "lib.txt": "code\n" });
    const repo = newRepo();
    repo.commit("App", { "app.env": `KEY=${anthropicKey("with-submodule")}\n` });
    repo.git("-c", "protocol.file.allow=always", "submodule", "--quiet", "add", library.path, "vendor/lib");
    repo.commit("Add library");

    const { findings, submodules } = await history(repo);

    expect(submodules).toEqual(["vendor/lib"]);
    expect(findings).toHaveLength(1);
  });

  it("skips binary blobs and blobs over the size limit, and streams large ones", async () => {
    const repo = newRepo();
    const binaryKey = anthropicKey("binary");
    const largeKey = anthropicKey("large");
    repo.commit("Binary and large", {
      "image.txt": Buffer.concat([Buffer.from([0x89, 0x50, 0x00, 0x01]), Buffer.from(`KEY=${binaryKey}\n`)]),
      "photo.png": `KEY=${anthropicKey("png")}\n`,
      "large.txt": `${"filler line\n".repeat(200_000)}KEY=${largeKey}\n`,
    });

    const all = await history(repo);
    expect(secretsOf(all.findings)).toEqual([largeKey]);
    expect(all.findings[0]?.line).toBe(200_001);
    expect(all.stats.skipped).toBe(2);

    const limited = await history(repo, { maxBlobSize: 1024 * 1024 });
    expect(limited.findings).toEqual([]);
    expect(limited.stats.skipped).toBe(3);
  });

  it("honours HEAD's .keyhoundignore and --exclude", async () => {
    const repo = newRepo();
    repo.commit("Fixtures", {
      ".keyhoundignore": "fixtures/\n",
      "fixtures/key.env": `KEY=${anthropicKey("fixture")}\n`,
      "docs/key.env": `KEY=${anthropicKey("docs")}\n`,
      "app.env": `KEY=${anthropicKey("app")}\n`,
    });
    const { findings } = await history(repo, { exclude: ["docs/"] });
    expect(findings.map((f) => f.path)).toEqual(["app.env"]);
  });

  it("handles an empty repository", async () => {
    const { findings, stats } = await history(newRepo());
    expect(findings).toEqual([]);
    expect(stats.commits).toBe(0);
  });
});

describe("keyhound scan --staged", () => {
  it("scans the index, not the work tree", async () => {
    const repo = newRepo();
    repo.commit("Start", { "README.md": "# app\n" });
    const stagedKey = anthropicKey("staged");
    repo.write({ "staged.env": `KEY=${stagedKey}\n` });
    repo.git("add", "staged.env");
    repo.write({
      "staged.env": "KEY=from-the-environment\n",
      "unstaged.env": `KEY=${anthropicKey("unstaged")}\n`,
    });

    const { findings, stats } = await scanStaged({ repo: repo.path, catalog: anthropic });

    expect(findings.map((f) => [f.path, f.secret, f.line])).toEqual([["staged.env", stagedKey, 1]]);
    expect(stats.files).toBe(1);
  });

  it("scans only what changed since HEAD, limited to pathspecs when given", async () => {
    const repo = newRepo();
    repo.commit("Committed key", { "old.env": `KEY=${anthropicKey("committed")}\n` });
    repo.write({
      "a/new.env": `KEY=${anthropicKey("new-a")}\n`,
      "b/new.env": `KEY=${anthropicKey("new-b")}\n`,
    });
    repo.git("add", "-A");

    const all = await scanStaged({ repo: repo.path, catalog: anthropic });
    expect(all.findings.map((f) => f.path)).toEqual(["a/new.env", "b/new.env"]);
    const onlyB = await scanStaged({ repo: repo.path, paths: ["b"], catalog: anthropic });
    expect(onlyB.findings.map((f) => f.path)).toEqual(["b/new.env"]);
  });

  it("works before the first commit, and ignores deletions", async () => {
    const repo = newRepo();
    repo.write({ "first.env": `KEY=${anthropicKey("first")}\n` });
    repo.git("add", "-A");
    expect((await scanStaged({ repo: repo.path, catalog: anthropic })).findings).toHaveLength(1);
    repo.commit("First");
    repo.git("rm", "-q", "first.env");
    expect((await scanStaged({ repo: repo.path, catalog: anthropic })).findings).toEqual([]);
  });
});

describe("ChunkScanner fed in pieces, as a git blob streams", () => {
  it("finds every key across chunk boundaries, once, on the right line", () => {
    const engine = new Engine(anthropic);
    const keys = [1, 2, 3, 4, 5, 6].map((n) => anthropicKey(`stream-${n}`));
    const text = keys.map((key, i) => `${"x".repeat(3000 + i * 777)}\nKEY=${key}\n`).join("");
    const bytes = Buffer.from(text);
    const scanner = new ChunkScanner(engine, 4096);
    scanner.begin("big.txt", { size: bytes.length });
    for (let at = 0; at < bytes.length; at += 1000) scanner.push(bytes.subarray(at, at + 1000));
    const pieces = scanner.end().findings;

    const single = new ChunkScanner(engine);
    single.begin("big.txt");
    single.push(bytes);
    const whole = single.end().findings;
    expect(pieces.map((f) => [f.secret, f.line, f.column])).toEqual(
      whole.map((f) => [f.secret, f.line, f.column]),
    );
    expect(pieces).toHaveLength(keys.length);
  });
});

describe("keyhound git command", () => {
  it("prints a JSON report with commit and history, and exits 1", async () => {
    const repo = newRepo();
    repo.commit("Add", { ".env": `ANTHROPIC_API_KEY=${anthropicKey("cli")}\n` });
    repo.commit("Remove", { ".env": null });
    const { stdout, exitCode } = await runCli([
      "git",
      repo.path,
      "--format",
      "json",
      "--detectors",
      "anthropic",
    ]);
    const report = JSON.parse(stdout);
    expect(exitCode).toBe(1);
    expect(report.stats.commits).toBe(2);
    expect(report.findings[0]).toMatchObject({
      detector: "anthropic",
      path: ".env",
      commit: { author: ANN.name, summary: "Add" },
      history: { inHistoryOnly: true, commits: 1, paths: 1 },
    });
    expect(stdout).not.toContain(anthropicKey("cli"));
  });

  it("says in the text report that a secret is in history only", async () => {
    const repo = newRepo();
    repo.commit("Add", { ".env": `ANTHROPIC_API_KEY=${anthropicKey("cli-text")}\n` });
    repo.commit("Remove", { ".env": null });
    const { stdout } = await runCli(["git", repo.path, "--detectors", "anthropic"]);
    expect(stdout).toContain("in history only:");
    expect(stdout).toMatch(/introduced in [0-9a-f]{10} by Ann Author <ann@example.com>/);
    expect(stdout).toContain("from 2 commits scanned");
  });

  it("writes SARIF results that carry the commit and say when a secret is in history only", async () => {
    const repo = newRepo();
    repo.commit("Add", { ".env": `ANTHROPIC_API_KEY=${anthropicKey("cli-sarif")}\n` });
    const removed = repo.commit("Remove", { ".env": null });
    const { stdout } = await runCli(["git", repo.path, "--format", "sarif", "--detectors", "anthropic"]);
    const [result] = JSON.parse(stdout).runs[0].results;
    expect(result.message.text).toContain("in history only");
    expect(result.properties).toMatchObject({ author: ANN.name, inHistoryOnly: true, commits: 1, paths: 1 });
    expect(result.properties.commit).not.toBe(removed);
    expect(stdout).not.toContain(anthropicKey("cli-sarif"));
  });

  it("leaves a key public by design below the default severity floor, counted, and lists it when asked", async () => {
    const repo = newRepo();
    repo.commit("Add", { ".env": `NEXT_PUBLIC_POSTHOG_KEY=phc_${randomChars("alnum", 43, "git-info")}\n` });
    const quiet = JSON.parse((await runCli(["git", repo.path, "--format", "json"])).stdout);
    expect(quiet.findings).toEqual([]);
    expect(quiet.stats.belowSeverity).toBe(1);
    const asked = JSON.parse(
      (await runCli(["git", repo.path, "--format", "json", "--severity", "info"])).stdout,
    );
    expect(asked.findings.map((f: { detector: string }) => f.detector)).toEqual(["posthog-project-api-key"]);
  });

  it("rejects choosing commits two ways", async () => {
    await expect(runCli(["git", ".", "--all", "--branch", "main"])).rejects.toThrow(/use one/);
  });
});

async function runCli(args: string[]): Promise<{ stdout: string; exitCode: number }> {
  let stdout = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const previousExitCode = process.exitCode;
  try {
    await buildProgram().parseAsync(["node", "keyhound", ...args]);
    return { stdout, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    process.exitCode = previousExitCode;
    write.mockRestore();
    stderr.mockRestore();
  }
}
