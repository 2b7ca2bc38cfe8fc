/**
 * Archives in git history and in the index are opened as in a directory scan: a secret in one
 * is reported at `path/in/repo.zip!inner/path`, in history with the commit that introduced it;
 * a damaged archive or a limit reached is counted as not scanned, by reason.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectors as anthropic } from "../src/detectors/anthropic.js";
import { installHook } from "../src/hooks/hook.js";
import { scanGitHistory } from "../src/scan/history.js";
import { scanStaged } from "../src/scan/staged.js";
import { bzip2Of, tarOf, xzOf, zipOf } from "./helpers/archives.js";
import { runCli } from "./helpers/cli.js";
import { anthropicKey, gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";

const cli = resolve("dist/cli/main.js");
const sandbox = gitSandbox();
afterAll(sandbox.cleanup);
beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
});

let repoCount = 0;
const newRepo = () => ScriptedRepo.init(sandbox.root, `archives-${++repoCount}`);
const env = (label: string) => `# settings\n\nANTHROPIC_API_KEY=${anthropicKey(label)}\n`;

describe("archives in git history", () => {
  it("reports a secret in a committed zip at zip!entry, with the commit that added it", async () => {
    const repo = newRepo();
    repo.commit("Start", { "README.md": "# app\n" });
    const added = repo.commit("Add the bundle", {
      "dist/bundle.zip": Buffer.from(zipOf({ "config/.env": env("zip") })),
      "dist/app.tar.gz": Buffer.from(gzipSync(tarOf([{ name: "app/.env", contents: env("tgz") }]))),
      "dist/app.env.bz2": Buffer.from(bzip2Of(env("bz2"))),
      "dist/app.tar.xz": Buffer.from(xzOf(tarOf([{ name: "app/.env", contents: env("txz") }]))),
    });
    // Renamed later: the secret is placed at the path the blob had when it came in.
    repo.git("mv", "dist/bundle.zip", "dist/renamed.zip");
    repo.commit("Rename");
    repo.commit("Remove the bundle", { "dist/renamed.zip": null });

    const { findings, stats } = await scanGitHistory({ repo: repo.path, catalog: anthropic });
    expect(findings.map((f) => [f.path, f.line, f.commit?.commit, f.history?.inHistoryOnly])).toEqual([
      ["dist/app.env.bz2!app.env", 3, added, false],
      ["dist/app.tar.gz!app/.env", 3, added, false],
      ["dist/app.tar.xz!app/.env", 3, added, false],
      ["dist/bundle.zip!config/.env", 3, added, true],
    ]);
    expect(findings.map((f) => f.secret)).toEqual([
      anthropicKey("bz2"),
      anthropicKey("tgz"),
      anthropicKey("txz"),
      anthropicKey("zip"),
    ]);
    expect(findings[3]?.history).toMatchObject({ commits: 2, paths: 2 });
    expect(stats).toMatchObject({ files: 5, skipped: 0 });
  });

  it("counts a damaged archive blob and a bomb as not scanned, and honours the limits", async () => {
    const repo = newRepo();
    const zip = zipOf({ "a.env": env("cut") });
    repo.commit("Add", {
      "cut.zip": Buffer.from(zip.subarray(0, zip.length - 30)),
      "bomb.bz2": Buffer.from(bzip2Of(new Uint8Array(64 * 1024 * 1024))),
      "bomb.xz": Buffer.from(xzOf(new Uint8Array(64 * 1024 * 1024))),
      "nested.zip": Buffer.from(zipOf({ "inner.zip": zipOf({ ".env": env("deep") }) }, true)),
    });
    const scanned = await scanGitHistory({ repo: repo.path, catalog: anthropic, maxArchiveDepth: 1 });
    expect(scanned.findings).toEqual([]);
    expect(scanned.stats.skippedPaths).toMatchObject({
      corrupt: ["cut.zip"],
      "ratio limit": ["bomb.bz2", "bomb.xz"],
      "depth limit": ["nested.zip!inner.zip"],
    });
    const deeper = await scanGitHistory({ repo: repo.path, catalog: anthropic });
    expect(deeper.findings.map((f) => f.path)).toEqual(["nested.zip!inner.zip!.env"]);
    // At depth 0, archives are binary, as before.
    const closed = await scanGitHistory({ repo: repo.path, catalog: anthropic, maxArchiveDepth: 0 });
    expect(closed.stats).toMatchObject({ files: 0, skippedBy: { binary: 4 } });
  });

  it("takes --max-archive-* on keyhound git, and refuses a bad value in one line", () => {
    const repo = newRepo();
    repo.commit("Add", { "a.jar": Buffer.from(zipOf({ "META-INF/app.properties": env("jar") })) });
    const opened = runCli(["git", "--format", "json"], { cwd: repo.path });
    expect(JSON.parse(opened.stdout).findings.map((f: { path: string }) => f.path)).toEqual([
      "a.jar!META-INF/app.properties",
    ]);
    const closed = runCli(["git", "--format", "json", "--max-archive-depth", "0"], { cwd: repo.path });
    expect(JSON.parse(closed.stdout).findings).toEqual([]);
    const refused = runCli(["git", "--max-archive-ratio", "0"], { cwd: repo.path });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^keyhound: .*--max-archive-ratio.*\n$/);
  });
});

describe("archives staged", () => {
  it("scan --staged opens a staged archive, and counts a damaged one", async () => {
    const repo = newRepo();
    repo.commit("Start", { "README.md": "# app\n" });
    const zip = zipOf({ "config/.env": env("staged") });
    repo.write({
      "lib/app.war": Buffer.from(zip),
      "broken.tar.bz2": Buffer.from(bzip2Of("x").subarray(0, 20)),
      "broken.txz": Buffer.from(xzOf("x").subarray(0, 20)),
      "release.tar.xz": Buffer.from(xzOf(tarOf([{ name: "conf/.env", contents: env("staged xz") }]))),
    });
    repo.git("add", "-A");
    const { findings, stats } = await scanStaged({ repo: repo.path, catalog: anthropic });
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ["lib/app.war!config/.env", 3],
      ["release.tar.xz!conf/.env", 3],
    ]);
    expect(stats.skippedPaths?.corrupt).toEqual(["broken.tar.bz2", "broken.txz"]);
  });

  it("the pre-commit hook blocks a secret inside a staged archive", async () => {
    const repo = newRepo();
    repo.commit("Start", { "README.md": "# app\n" });
    await installHook({ repo: repo.path, command: `node '${cli}'` });
    repo.write({ "release.zip": Buffer.from(zipOf({ ".env": env("hook") })) });
    repo.git("add", "-A");
    const blocked = spawnSync("git", ["commit", "-q", "-m", "Release"], {
      cwd: repo.path,
      env: { ...process.env, ...repo.identity({ name: "Ann Author", email: "ann@example.com" }) },
      encoding: "utf8",
    });
    expect(blocked.status).not.toBe(0);
    expect(`${blocked.stdout}${blocked.stderr}`).toContain("release.zip!.env");
    expect(execFileSync("git", ["rev-list", "--count", "HEAD"], { cwd: repo.path, encoding: "utf8" })).toBe(
      "1\n",
    );
  });
});
