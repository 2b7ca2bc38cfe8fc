/**
 * Nothing unseen is reported clean: paths named on the command line are scanned (links
 * followed, streams read) or refused in one line; every path the walk leaves out is counted by
 * reason in each report; unreadable files are warned about, and fail the scan under --strict.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { scan } from "../src/scan/directory.js";
import { type CliResult, cliPath, runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

const json = (result: CliResult) => JSON.parse(result.stdout);
const paths = (result: CliResult) => json(result).findings.map((f: { path: string }) => f.path);

/** Runs a bash script in which `keyhound` runs the built CLI. */
function bash(script: string, cwd: string): CliResult {
  const result = spawnSync("bash", ["-c", `keyhound() { "$NODE" "$CLI" "$@"; }\n${script}`], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", NODE: process.execPath, CLI: cliPath },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("paths named on the command line", () => {
  it("follows a link to a file or a directory, with or without a trailing slash", () => {
    const key = anthropicKey("named-link");
    const dir = tempTree({ "real/config/app.env": `KEY=${key}\n` });
    symlinkSync(join(dir, "real", "config"), join(dir, "linked"));
    symlinkSync(join(dir, "real", "config", "app.env"), join(dir, "app-link.env"));
    for (const named of ["linked", "linked/", "app-link.env"]) {
      const result = runCli(["scan", named, "--format", "json"], { cwd: dir });
      expect(result.status, named).toBe(1);
      expect(paths(result), named).toEqual([named === "app-link.env" ? named : "linked/app.env"]);
    }
  });

  it("does not follow links met by the walk, and counts them", () => {
    const dir = tempTree({ "outside/app.env": `KEY=${anthropicKey("walk-link")}\n`, "tree/a.txt": "ok\n" });
    symlinkSync(join(dir, "outside"), join(dir, "tree", "to-outside"));
    symlinkSync(join(dir, "outside", "app.env"), join(dir, "tree", "app.env"));
    const result = runCli(["scan", "tree", "--format", "json"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(json(result).stats).toMatchObject({
      files: 1,
      skipped: 2,
      skippedBy: { symlink: 2 },
      skippedPaths: { symlink: ["tree/app.env", "tree/to-outside"] },
    });
  });

  it.each([
    ["missing.env", /^keyhound: cannot read missing.env: no such file or directory$/],
    ["dangling", /^keyhound: cannot read dangling: a broken symbolic link$/],
    ["loop", /^keyhound: cannot read loop: a symbolic link loop$/],
    ["a.txt/x", /^keyhound: cannot read a.txt\/x: not a directory$/],
    ["/dev/null", /^keyhound: cannot scan \/dev\/null: a special file \(a character device\)/],
  ])("refuses %s in one line with exit 2, after scanning nothing", (named, message) => {
    const dir = tempTree({ "a.txt": "ok\n", "b.env": `KEY=${anthropicKey("refused")}\n` });
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    symlinkSync(join(dir, "loop"), join(dir, "loop"));
    const result = runCli(["scan", ".", named], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    [["dir", "dir"]],
    [["dir", "dir/sub"]],
    [["dir/sub", "dir"]],
    [["dir", "dir/sub/key.env", "./dir/"]],
    [["dir", "link"]],
  ])("scans overlapping paths %j once", (named) => {
    const dir = tempTree({ "dir/sub/key.env": `KEY=${anthropicKey("overlap")}\n`, "dir/logo.png": "x" });
    symlinkSync(join(dir, "dir"), join(dir, "link"));
    const result = runCli(["scan", ...named, "--format", "json"], { cwd: dir });
    expect(paths(result)).toHaveLength(1);
    expect(json(result).stats).toMatchObject({ files: 1, skipped: 1 });
  });

  it("still scans a file named explicitly that the walk of another named path excludes", () => {
    const dir = tempTree({ ".gitignore": "local.env\n", "local.env": `KEY=${anthropicKey("ignored")}\n` });
    expect(paths(runCli(["scan", ".", "--format", "json"], { cwd: dir }))).toEqual([]);
    expect(paths(runCli(["scan", ".", "local.env", "--format", "json"], { cwd: dir }))).toEqual([
      "local.env",
    ]);
    expect(paths(runCli(["scan", "local.env", ".", "--format", "json"], { cwd: dir }))).toEqual([
      "local.env",
    ]);
  });
});

describe("streams: standard input, FIFOs, process substitution", () => {
  const key = anthropicKey("stream");

  it('scans "-" as <stdin>, or under --stdin-name, beside other paths', () => {
    const dir = tempTree({ "a.env": `KEY=${anthropicKey("beside")}\n` });
    const piped = runCli(["scan", "-", "--format", "json"], { cwd: dir, input: `\n\nKEY=${key}\n` });
    expect(piped.status).toBe(1);
    expect(json(piped).findings[0]).toMatchObject({ path: "<stdin>", line: 3, column: 5 });
    const named = runCli(["scan", "-", "a.env", "--stdin-name", "pod.yaml", "--format", "json"], {
      cwd: dir,
      input: `KEY=${key}\n`,
    });
    expect(paths(named)).toEqual(["a.env", "pod.yaml"]);
    expect(json(named).stats.files).toBe(2);
  });

  it("finds a key past the first chunk of a long stream, on the right line", () => {
    const filler = "filler line of text\n".repeat(150_000);
    const result = runCli(["scan", "-", "--format", "json"], { input: `${filler}KEY=${key}\n` });
    expect(json(result).findings[0]).toMatchObject({ path: "<stdin>", line: 150_001 });
  });

  it("counts binary input as not scanned", () => {
    const result = runCli(["scan", "-", "--format", "json"], { input: `\u0000KEY=${key}\n` });
    expect(result.status).toBe(0);
    expect(json(result).stats).toMatchObject({ files: 0, skippedBy: { binary: 1 } });
  });

  it("reads /dev/stdin, a process substitution and a named FIFO", () => {
    const dir = tempTree();
    const viaDevStdin = bash(`printf 'KEY=%s\\n' "${key}" | keyhound scan /dev/stdin`, dir);
    expect(viaDevStdin.status).toBe(1);
    expect(viaDevStdin.stdout).toMatch(/^ {2}\/dev\/stdin:1:5 /m);
    const twice = bash(`printf 'KEY=%s\\n' "${key}" | keyhound scan - /dev/stdin -`, dir);
    expect(twice.stdout).toMatch(/^1 finding \(1 high\) in 1 file\. 1 file scanned/m);
    const substituted = bash(`keyhound scan <(printf 'KEY=%s\\n' "${key}")`, dir);
    expect(substituted.status).toBe(1);
    expect(substituted.stdout).toMatch(/^ {2}\/dev\/fd\/\d+:1:5 /m);
    const fifo = bash(
      `mkfifo pipe && { printf 'KEY=%s\\n' "${key}" > pipe 2>/dev/null & } && keyhound scan pipe`,
      dir,
    );
    expect(fifo.status).toBe(1);
    expect(fifo.stdout).toMatch(/^ {2}pipe:1:5 /m);
  });

  it('refuses "-" when standard input is a terminal', () => {
    // `script` runs the CLI on a pseudo-terminal, as a user typing the command would.
    const probe = spawnSync("script", ["--version"], { encoding: "utf8" });
    if (probe.status !== 0) {
      console.warn("SKIPPED: the terminal case needs `script` (util-linux) to run on a pseudo-terminal");
      return;
    }
    const result = spawnSync("script", ["-qec", `"${process.execPath}" "${cliPath}" scan -`, "/dev/null"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/keyhound: "-" scans standard input, which is a terminal/);
  });

  it("reads standard input through the library API too", async () => {
    async function* input() {
      yield Buffer.from(`KEY=${key.slice(0, 40)}`);
      yield Buffer.from(`${key.slice(40)}\n`);
    }
    const { findings, stats } = await scan({ paths: ["-"], stdin: input(), stdinName: "buffer.env" });
    expect(findings.map((f) => [f.path, f.secret])).toEqual([["buffer.env", key]]);
    expect(stats.files).toBe(1);
  });
});

describe("paths the walk leaves out, counted by reason", () => {
  function treeWithSkips() {
    const dir = tempTree({
      ".gitignore": "build/\n",
      "build/out.env": `KEY=${anthropicKey("built")}\n`,
      "src/app.ts": "export {};\n",
      "src/data.txt": "a\u0000b\n",
      "assets/logo.png": "not really a png\n",
      "big.log": "x".repeat(5000),
    });
    spawnSync("mkfifo", [join(dir, "src", "events")]);
    symlinkSync("app.ts", join(dir, "src", "link.ts"));
    return dir;
  }

  it("reports each reason in JSON, in the text summary and as SARIF notifications", () => {
    const dir = treeWithSkips();
    const report = json(runCli(["scan", ".", "--max-file-size", "1000", "--format", "json"], { cwd: dir }));
    expect(report.stats).toMatchObject({
      files: 2,
      skipped: 6,
      skippedBy: {
        unreadable: 0,
        missing: 0,
        "special file": 1,
        "too large": 1,
        binary: 2,
        symlink: 1,
        excluded: 1,
      },
      skippedPaths: {
        "special file": ["src/events"],
        "too large": ["big.log"],
        binary: ["assets/logo.png", "src/data.txt"],
        excluded: ["build/"],
      },
    });
    const text = runCli(["scan", ".", "--max-file-size", "1000"], { cwd: dir });
    expect(text.stdout).toMatch(
      /No secrets found\. 2 files scanned in [\d.]+ s; 6 not scanned: 1 special file, 1 too large, 2 binary, 1 symlink, 1 excluded\n$/,
    );
    const sarif = json(runCli(["scan", ".", "--max-file-size", "1000", "--format", "sarif"], { cwd: dir }));
    const notifications = sarif.runs[0].invocations[0].toolExecutionNotifications;
    expect(
      notifications.map((n: { descriptor: { id: string }; level: string }) => [n.descriptor.id, n.level]),
    ).toEqual([
      ["not-scanned/special-file", "warning"],
      ["not-scanned/too-large", "warning"],
      ["not-scanned/binary", "note"],
      ["not-scanned/symlink", "note"],
      ["not-scanned/excluded", "note"],
    ]);
    expect(notifications[2].message.text).toBe("2 not scanned (binary): assets/logo.png, src/data.txt");
  });

  it("fails under --strict for a special or too large file, after writing the report", () => {
    const dir = treeWithSkips();
    const strict = runCli(["scan", ".", "--strict", "--max-file-size", "1000"], { cwd: dir });
    expect(strict.status).toBe(2);
    expect(strict.stdout).toContain("No secrets found.");
    expect(strict.stderr).toBe("keyhound: --strict: 2 files not scanned (1 special file, 1 too large)\n");
    // Binary files, links and exclusions are expected: alone, they pass.
    const tolerated = tempTree({ "a.txt": "ok\n", "logo.png": "x", ".keyhoundignore": "a.txt\n" });
    expect(runCli(["scan", ".", "--strict"], { cwd: tolerated }).status).toBe(0);
  });
});

/** How this machine runs a command as an unprivileged user: root reads files whatever their mode. */
function unprivileged(): ((args: readonly string[]) => string[]) | undefined {
  if (process.getuid?.() !== 0) return (args) => [...args];
  const id = (flag: string) => spawnSync("id", [flag, "nobody"], { encoding: "utf8" }).stdout.trim();
  const [uid, gid] = [id("-u"), id("-g")];
  if (uid && spawnSync("setpriv", ["--version"]).status === 0) {
    return (args) => ["setpriv", `--reuid=${uid}`, `--regid=${gid}`, "--clear-groups", ...args];
  }
  if (uid && spawnSync("runuser", ["--version"]).status === 0)
    return (args) => ["runuser", "-u", "nobody", "--", ...args];
  return undefined;
}

describe("files that cannot be read (as an unprivileged user)", () => {
  const asUser = unprivileged();
  if (asUser === undefined) {
    console.warn(
      "SKIPPED: unreadable-file tests need a non-root user: neither setpriv nor runuser is installed",
    );
  }
  const runAs = (args: readonly string[], cwd: string): CliResult => {
    const [command, ...rest] = (asUser as (args: readonly string[]) => string[])([
      process.execPath,
      cliPath,
      ...args,
    ]);
    const result = spawnSync(command as string, rest, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  /** A tree the unprivileged user can enter, with a locked file and a locked directory. */
  const lockedTree = (extraLocked = 0) => {
    const dir = tempTree({ "open.txt": "ok\n", "closed.env": "KEY=hidden\n", "sealed/inside.env": "x\n" });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, "closed.env"), 0o000);
    chmodSync(join(dir, "sealed"), 0o000);
    mkdirSync(join(dir, "many"), { mode: 0o755 });
    for (let n = 0; n < extraLocked; n++)
      writeFileSync(join(dir, "many", `f${n}.txt`), "x\n", { mode: 0o000 });
    return dir;
  };

  it.skipIf(asUser === undefined)("warns about each one, counts it, and exits 0 without --strict", () => {
    const dir = lockedTree();
    const result = runAs(["scan", "."], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      "keyhound: warning: cannot read closed.env: not scanned\nkeyhound: warning: cannot read sealed/: not scanned\n",
    );
    expect(result.stdout).toMatch(/1 file scanned in [\d.]+ s; 2 not scanned: 2 unreadable\n$/);
    const report = json(runAs(["scan", ".", "--format", "json"], dir));
    expect(report.stats.skippedPaths.unreadable).toEqual(["closed.env", "sealed/"]);
  });

  it.skipIf(asUser === undefined)("fails with --strict, and when such a path is named", () => {
    const dir = lockedTree();
    const strict = runAs(["scan", ".", "--strict"], dir);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/keyhound: --strict: 2 files not scanned \(2 unreadable\)\n$/);
    for (const named of ["closed.env", "sealed"]) {
      const result = runAs(["scan", named], dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`keyhound: cannot read ${named}: permission denied\n`);
    }
  });

  it.skipIf(asUser === undefined)("past ten, gives a count instead of a line each", () => {
    const dir = lockedTree(12);
    const result = runAs(["scan", "."], dir);
    expect(result.stderr).toMatch(
      /^keyhound: warning: 14 unreadable paths not scanned, e\.g\. closed\.env, many\/f0\.txt, many\/f1\.txt\n$/,
    );
  });
});

describe("the repository's own exclude file", () => {
  it("applies below the repository's top and in a linked worktree", () => {
    const key = anthropicKey("info-exclude");
    const dir = tempTree({ "sub/local.env": `KEY=${key}\n`, "sub/app.env": "A=1\n" });
    const git = (...args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "init");
    writeFileSync(join(dir, ".git", "info", "exclude"), "local.env\n");
    expect(paths(runCli(["scan", "sub", "--format", "json"], { cwd: dir }))).toEqual([]);
    git("worktree", "add", "-q", "linked");
    writeFileSync(join(dir, "linked", "local.env"), `KEY=${key}\n`);
    expect(paths(runCli(["scan", ".", "--format", "json"], { cwd: join(dir, "linked") }))).toEqual([]);
    expect(
      paths(runCli(["scan", ".", "--no-gitignore", "--format", "json"], { cwd: join(dir, "linked") })),
    ).toEqual(["local.env"]);
  });
});
