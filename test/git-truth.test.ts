/**
 * What `keyhound git` reports must be true: a secret is introduced by the commit that added it,
 * a narrowed walk (a range, --since, a push, --max-depth) reports only secrets its commits
 * added, and an object git cannot give is an error, or under --allow-missing a counted skip.
 */
import { rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectors as anthropic } from "../src/detectors/anthropic.js";
import { type GitScanOptions, scanGitHistory } from "../src/scan/history.js";
import { runCli } from "./helpers/cli.js";
import { anthropicKey, gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";

const sandbox = gitSandbox();
afterAll(sandbox.cleanup);

let repoCount = 0;
const newRepo = () => ScriptedRepo.init(sandbox.root, `truth-${++repoCount}`);
const history = (repo: ScriptedRepo, options: GitScanOptions = {}) =>
  scanGitHistory({ repo: repo.path, catalog: anthropic, ...options });
const introduced = (findings: { secret: string; commit?: { commit: string } }[]) =>
  findings.map((f) => [f.secret, f.commit?.commit]);

describe("the commit a secret is introduced in", () => {
  it("is the one that added the line, not a later one that edited the file elsewhere", async () => {
    const repo = newRepo();
    const key = anthropicKey("refactor");
    const added = repo.commit("Add settings", { "a.env": `DEBUG=0\nKEY=${key}\n` });
    repo.commit("Turn debugging on", { "a.env": `DEBUG=1\nKEY=${key}\n` });
    const { findings } = await history(repo);
    expect(introduced(findings)).toEqual([[key, added]]);
    expect(findings[0]?.history).toEqual({ inHistoryOnly: false, commits: 2, paths: 1 });
  });
});

describe("a narrowed walk reports only what its commits added", () => {
  const old = anthropicKey("before-the-range");
  const moved = anthropicKey("moved-in-the-range");
  const fresh = anthropicKey("in-the-range");
  let repo: ScriptedRepo;
  let base: string;
  let tip: string;
  beforeAll(() => {
    repo = newRepo();
    repo.commit("Start", { "README.md": "# app\n" });
    base = repo.commit("Add settings", { "a.env": `DEBUG=0\nKEY=${old}\n`, "moved.env": `OLD=${moved}\n` });
    repo.commit("Edit settings, move a file", {
      "a.env": `DEBUG=1\nKEY=${old}\n`,
      "moved.env": null,
      "renamed/moved.env": `# moved\nOLD=${moved}\n`,
    });
    tip = repo.commit("Add a second key", { "a.env": `DEBUG=1\nKEY=${old}\nNEW=${fresh}\n` });
  });

  it.each<[string, () => GitScanOptions]>([
    ["--range", () => ({ range: `${base}..${tip}` })],
    ["--since", () => ({ since: base })],
    ["--max-depth", () => ({ maxDepth: 2 })],
    [
      "a push",
      () => ({
        pushes: [
          { localRef: "refs/heads/main", localOid: tip, remoteRef: "refs/heads/main", remoteOid: base },
        ],
      }),
    ],
  ])("%s: a secret the changed files held at the start is not new", async (_name, options) => {
    const { findings } = await history(repo, options());
    expect(introduced(findings)).toEqual([[fresh, tip]]);
  });

  it("the whole history still reports each, at the commit that added it", async () => {
    const { findings } = await history(repo);
    expect(introduced(findings).sort()).toEqual(
      [
        [old, base],
        [moved, base],
        [fresh, tip],
      ].sort(),
    );
  });
});

describe("objects git cannot give", () => {
  /** A repository with two keys whose second blob is then deleted from the object store. */
  function damaged() {
    const repo = newRepo();
    repo.commit("Keys", {
      "kept.env": `KEY=${anthropicKey("kept")}\n`,
      "lost.env": `KEY=${anthropicKey("lost")}\n`,
    });
    const lost = repo.git("rev-parse", "HEAD:lost.env").trim();
    const file = join(repo.path, ".git", "objects", lost.slice(0, 2), lost.slice(2));
    return { repo, lost, file };
  }

  it("fails on a missing blob, naming it and its path", async () => {
    const { repo, lost, file } = damaged();
    rmSync(file);
    await expect(history(repo)).rejects.toThrow(
      `git object ${lost} (lost.env) is missing or corrupt: run "git fsck"; --allow-missing counts such objects as not scanned`,
    );
    const cli = runCli(["git", repo.path]);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(
      new RegExp(`^keyhound: git object ${lost} \\(lost\\.env\\) is missing or corrupt`),
    );
    expect(cli.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("fails on a corrupt blob the same way", async () => {
    const { repo, lost, file } = damaged();
    rmSync(file);
    writeFileSync(file, "not a zlib stream\n");
    await expect(history(repo)).rejects.toThrow(`git object ${lost} (lost.env) is missing or corrupt`);
  });

  it("with --allow-missing, counts it as not scanned and reports the rest", async () => {
    const { repo, file } = damaged();
    rmSync(file);
    const { findings, stats } = await history(repo, { allowMissing: true });
    expect(findings.map((f) => f.path)).toEqual(["kept.env"]);
    expect(stats).toMatchObject({
      files: 1,
      skipped: 1,
      skippedBy: { missing: 1 },
      skippedPaths: { missing: ["lost.env"] },
    });
    const cli = runCli(["git", repo.path, "--allow-missing"]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(
      /1 unique blob from 1 commit scanned in [\d.]+ s; 1 not scanned: 1 missing\n$/,
    );
  });
});

it("counts the links and excluded files of history once per content", async () => {
  const repo = newRepo();
  repo.write({ ".keyhoundignore": "fixtures/\n", "fixtures/key.env": `KEY=${anthropicKey("fixture")}\n` });
  symlinkSync("fixtures/key.env", join(repo.path, "key-link.env"));
  repo.commit("Fixtures and a link");
  repo.commit("Touch the fixture", { "fixtures/key.env": `KEY=${anthropicKey("fixture-2")}\n` });
  const { findings, stats } = await history(repo);
  expect(findings).toEqual([]);
  expect(stats.skippedBy).toMatchObject({ symlink: 1, excluded: 2 });
  expect(stats.skippedPaths).toMatchObject({ symlink: ["key-link.env"], excluded: ["fixtures/key.env"] });
});
