import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installHook, uninstallHook } from "../src/hooks/hook.js";
import { runCli } from "./helpers/cli.js";
import { anthropicKey, gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";

// Hooks run keyhound as a program, so these tests run the build (`npm test` builds first).
const cli = resolve("dist/cli/main.js");
const command = `node '${cli}'`;

const sandbox = gitSandbox();
afterAll(sandbox.cleanup);
beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
});

let repoCount = 0;
function newRepo(): ScriptedRepo {
  const repo = ScriptedRepo.init(sandbox.root, `repo-${++repoCount}`);
  repo.commit("Start", { "README.md": "# app\n" });
  return repo;
}

/** Runs a real `git commit` (hooks and all) and returns its status and what it printed. */
function gitCommit(repo: ScriptedRepo, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync("git", ["commit", "-q", "-m", "Change", ...args], {
    cwd: repo.path,
    env: { ...process.env, ...repo.identity({ name: "Ann Author", email: "ann@example.com" }), ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function stage(repo: ScriptedRepo, files: Record<string, string>) {
  repo.write(files);
  repo.git("add", "-A");
}

describe("keyhound hook install: pre-commit", () => {
  it("blocks a commit that records a secret, shows the fix and the bypass, and lets a clean one through", async () => {
    const repo = newRepo();
    const change = await installHook({ repo: repo.path, command });
    expect(change).toMatchObject({ action: "created", path: join(repo.path, ".git", "hooks", "pre-commit") });
    expect(statSync(change.path).mode & 0o111).not.toBe(0);

    stage(repo, { ".env": `ANTHROPIC_API_KEY=${anthropicKey("hook")}\n` });
    const blocked = gitCommit(repo);
    expect(blocked.status).not.toBe(0);
    expect(blocked.output).toContain("Anthropic API key");
    expect(blocked.output).toContain("commit blocked");
    expect(blocked.output).toContain("Fix: delete each secret from its file");
    expect(blocked.output).toContain("git commit --no-verify");
    expect(blocked.output).toContain("KEYHOUND_SKIP=1");
    expect(blocked.output).not.toContain(anthropicKey("hook"));
    expect(repo.git("rev-list", "--count", "HEAD").trim()).toBe("1");

    stage(repo, { ".env": "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n" });
    expect(gitCommit(repo).status).toBe(0);
  });

  it("checks what is staged, not the work tree", async () => {
    const repo = newRepo();
    await installHook({ repo: repo.path, command });
    stage(repo, { "app.env": `KEY=${anthropicKey("staged-only")}\n` });
    repo.write({ "app.env": "KEY=\n" });
    expect(gitCommit(repo).status).not.toBe(0);

    stage(repo, { "app.env": "KEY=\n" });
    repo.write({ "app.env": `KEY=${anthropicKey("unstaged-only")}\n` });
    expect(gitCommit(repo).status).toBe(0);
  });

  it("can be bypassed deliberately with --no-verify or KEYHOUND_SKIP=1", async () => {
    const repo = newRepo();
    await installHook({ repo: repo.path, command });
    stage(repo, { "a.env": `KEY=${anthropicKey("bypass-1")}\n` });
    expect(gitCommit(repo, ["--no-verify"]).status).toBe(0);
    stage(repo, { "b.env": `KEY=${anthropicKey("bypass-2")}\n` });
    const skipped = gitCommit(repo, [], { KEYHOUND_SKIP: "1" });
    expect(skipped.status).toBe(0);
    expect(skipped.output).toContain("secret scan skipped");
  });

  it("keeps an existing hook running, and puts it back on uninstall", async () => {
    const repo = newRepo();
    const hookPath = join(repo.path, ".git", "hooks", "pre-commit");
    const original = '#!/bin/sh\necho "project hook ran" > project-hook-ran\n';
    writeFileSync(hookPath, original, { mode: 0o755 });

    const change = await installHook({ repo: repo.path, command });
    expect(change).toMatchObject({ action: "chained", previous: `${hookPath}.keyhound-previous` });

    stage(repo, { "x.env": `KEY=${anthropicKey("chained")}\n` });
    expect(gitCommit(repo).status).not.toBe(0);
    expect(existsSync(join(repo.path, "project-hook-ran"))).toBe(false);
    stage(repo, { "x.env": "KEY=\n" });
    expect(gitCommit(repo).status).toBe(0);
    expect(existsSync(join(repo.path, "project-hook-ran"))).toBe(true);

    expect(await uninstallHook({ repo: repo.path })).toMatchObject({ action: "restored" });
    expect(readFileSync(hookPath, "utf8")).toBe(original);
    expect(existsSync(`${hookPath}.keyhound-previous`)).toBe(false);
  });

  it("updates itself when installed twice, and removes only itself", async () => {
    const repo = newRepo();
    await installHook({ repo: repo.path, command });
    expect(await installHook({ repo: repo.path, command })).toMatchObject({ action: "updated" });
    expect(existsSync(join(repo.path, ".git", "hooks", "pre-commit.keyhound-previous"))).toBe(false);
    expect(await uninstallHook({ repo: repo.path })).toMatchObject({ action: "removed" });
    expect(existsSync(join(repo.path, ".git", "hooks", "pre-commit"))).toBe(false);
    expect(await uninstallHook({ repo: repo.path })).toMatchObject({ action: "none" });
  });

  it("cooperates with husky: adds itself to .husky/pre-commit, which husky's wrapper runs", async () => {
    const repo = newRepo();
    const projectHook = 'echo "husky hook ran" > husky-hook-ran\n';
    installFakeHusky(repo, projectHook);

    const change = await installHook({ repo: repo.path, command });
    expect(change).toMatchObject({ action: "added", path: join(repo.path, ".husky", "pre-commit") });
    const edited = readFileSync(change.path, "utf8");
    expect(edited.indexOf("keyhound")).toBeLessThan(edited.indexOf("husky hook ran"));

    stage(repo, { "y.env": `KEY=${anthropicKey("husky")}\n` });
    expect(gitCommit(repo).status).not.toBe(0);
    expect(existsSync(join(repo.path, "husky-hook-ran"))).toBe(false);
    stage(repo, { "y.env": "KEY=\n" });
    expect(gitCommit(repo).status).toBe(0);
    expect(existsSync(join(repo.path, "husky-hook-ran"))).toBe(true);

    expect(await uninstallHook({ repo: repo.path })).toMatchObject({ action: "removed" });
    expect(readFileSync(change.path, "utf8")).toBe(projectHook);
  });
});

describe("keyhound hook install --pre-push", () => {
  it("blocks a push of commits holding a secret, and lets the push through once they are gone", async () => {
    const remote = ScriptedRepo.init(sandbox.root, "remote.git", { bare: true });
    const repo = newRepo();
    repo.git("remote", "add", "origin", remote.path);
    repo.git("push", "-q", "origin", "main");
    await installHook({ repo: repo.path, kind: "pre-push", command });

    repo.commit("Add key", { "push.env": `KEY=${anthropicKey("push")}\n` });
    repo.commit("Remove key", { "push.env": null });
    const blocked = spawnSync("git", ["push", "-q", "origin", "main"], { cwd: repo.path, encoding: "utf8" });
    expect(blocked.status).not.toBe(0);
    expect(`${blocked.stdout}${blocked.stderr}`).toContain("push blocked");
    expect(`${blocked.stdout}${blocked.stderr}`).toContain("in history only");

    repo.git("reset", "-q", "--hard", "HEAD~2");
    repo.commit("Clean change", { "clean.txt": "ok\n" });
    const pushed = spawnSync("git", ["push", "-q", "origin", "main"], { cwd: repo.path, encoding: "utf8" });
    expect(pushed.status).toBe(0);
  });
});

describe("keyhound hook install: finding keyhound", () => {
  /** A PATH holding git and nothing else: no keyhound, wherever this machine may have one. */
  const gitOnly = join(sandbox.root, "git-only-bin");
  /** git and a `keyhound` that runs the build, as a global install would put it on the PATH. */
  const withKeyhound = join(sandbox.root, "keyhound-bin");
  beforeAll(() => {
    const git = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    for (const dir of [gitOnly, withKeyhound]) {
      mkdirSync(dir);
      symlinkSync(git, join(dir, "git"));
    }
    writeFileSync(join(withKeyhound, "keyhound"), `#!/bin/sh\nexec '${process.execPath}' '${cli}' "$@"\n`, {
      mode: 0o755,
    });
  });
  const hookPath = (repo: ScriptedRepo) => join(repo.path, ".git", "hooks", "pre-commit");

  it("refuses with a one-line fix when keyhound is neither the project's nor on the PATH", () => {
    const repo = newRepo();
    const result = runCli(["hook", "install", repo.path], { env: { PATH: gitOnly } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'keyhound: keyhound is neither in node_modules/.bin nor on the PATH: install it (npm install --save-dev keyhound) or pass --command "npx keyhound"\n',
    );
    expect(existsSync(hookPath(repo))).toBe(false);
  });

  it("installs when the project has keyhound in node_modules/.bin, and says so", () => {
    const repo = newRepo();
    mkdirSync(join(repo.path, "node_modules", ".bin"), { recursive: true });
    writeFileSync(join(repo.path, "node_modules", ".bin", "keyhound"), "#!/bin/sh\n", { mode: 0o755 });
    // From a subfolder: the hook runs at the top of the work tree, where node_modules is.
    mkdirSync(join(repo.path, "src"));
    const result = runCli(["hook", "install", join(repo.path, "src")], { env: { PATH: gitOnly } });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `keyhound: hook installed at ${hookPath(repo)}; it runs ${join("node_modules", ".bin", "keyhound")}\n`,
    );
  });

  it("installs with keyhound on the PATH, and the hook then runs that keyhound", () => {
    const repo = newRepo();
    const result = runCli(["hook", "install", repo.path], { env: { PATH: withKeyhound } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`; it runs ${join(withKeyhound, "keyhound")}`);
    stage(repo, { "k.env": `KEY=${anthropicKey("on-path")}\n` });
    const blocked = gitCommit(repo, [], {
      PATH: `${withKeyhound}:${dirname(process.execPath)}:/usr/bin:/bin`,
    });
    expect(blocked.status).toBe(1);
    expect(blocked.output).toContain("commit blocked");
  });

  it("takes --command as given, without looking for keyhound", () => {
    const repo = newRepo();
    const result = runCli(["hook", "install", repo.path, "--command", "npx keyhound"], {
      env: { PATH: gitOnly },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("; it runs npx keyhound");
    expect(readFileSync(hookPath(repo), "utf8")).toContain('keyhound_run() { npx keyhound "$@"; }');
  });
});

describe("keyhound hook uninstall", () => {
  const hooks = (repo: ScriptedRepo) => join(repo.path, ".git", "hooks");
  async function withBothHooks(): Promise<ScriptedRepo> {
    const repo = newRepo();
    await installHook({ repo: repo.path, command });
    await installHook({ repo: repo.path, kind: "pre-push", command });
    return repo;
  }

  it("removes both the pre-commit and the pre-push hook by default", async () => {
    const repo = await withBothHooks();
    const result = runCli(["hook", "uninstall", repo.path]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `keyhound: hook removed from ${join(hooks(repo), "pre-commit")}\nkeyhound: hook removed from ${join(hooks(repo), "pre-push")}\n`,
    );
    expect(existsSync(join(hooks(repo), "pre-commit"))).toBe(false);
    expect(existsSync(join(hooks(repo), "pre-push"))).toBe(false);
    expect(runCli(["hook", "uninstall", repo.path]).stdout).toBe(
      `keyhound: no keyhound hook in ${hooks(repo)}, nothing to remove\n`,
    );
  });

  it("removes only the hook --pre-commit or --pre-push names", async () => {
    const repo = await withBothHooks();
    expect(runCli(["hook", "uninstall", repo.path, "--pre-push"]).status).toBe(0);
    expect(existsSync(join(hooks(repo), "pre-push"))).toBe(false);
    expect(existsSync(join(hooks(repo), "pre-commit"))).toBe(true);
    expect(runCli(["hook", "uninstall", repo.path, "--pre-push"]).stdout).toBe(
      `keyhound: no keyhound hook at ${join(hooks(repo), "pre-push")}, nothing to remove\n`,
    );
    expect(runCli(["hook", "uninstall", repo.path, "--pre-commit"]).status).toBe(0);
    expect(existsSync(join(hooks(repo), "pre-commit"))).toBe(false);
  });
});

/** What husky 9 sets up: core.hooksPath = .husky/_, whose wrappers run the project's .husky/<hook> with sh -e. */
function installFakeHusky(repo: ScriptedRepo, projectHook: string) {
  const wrappers = join(repo.path, ".husky", "_");
  mkdirSync(wrappers, { recursive: true });
  writeFileSync(
    join(wrappers, "h"),
    '#!/usr/bin/env sh\nn=$(basename "$0")\ns=$(dirname "$(dirname "$0")")/$n\n[ ! -f "$s" ] && exit 0\nsh -e "$s" "$@"\n',
    { mode: 0o755 },
  );
  writeFileSync(join(wrappers, "pre-commit"), '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n', { mode: 0o755 });
  writeFileSync(join(repo.path, ".husky", "pre-commit"), projectHook);
  repo.git("config", "core.hooksPath", ".husky/_");
}
