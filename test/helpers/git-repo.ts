/**
 * Repositories with scripted, deterministic histories, built in a temporary folder: fixed
 * author, dates one minute apart, no user or system configuration, no network.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { randomChars } from "../../src/catalog/synth.js";

/** An Anthropic API key in the exact format of the Console, different for each label. */
export const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

/**
 * A temporary root for the test file's repositories, with git isolated from the machine's
 * configuration (HOME points inside it) and from any repository the tests run in.
 */
export function gitSandbox(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "keyhound-git-"));
  const home = join(root, "home");
  mkdirSync(home);
  for (const name of Object.keys(process.env)) {
    // Set when the tests themselves run from a git hook; they would redirect every command.
    if (/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|PREFIX)$/.test(name)) {
      delete process.env[name];
    }
  }
  Object.assign(process.env, { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: "1" });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface Author {
  readonly name: string;
  readonly email: string;
}

export const ANN: Author = { name: "Ann Author", email: "ann@example.com" };

/** Seconds since the epoch of the first scripted commit. */
export const EPOCH = 1_700_000_000;

export class ScriptedRepo {
  private clock = 0;

  private constructor(readonly path: string) {}

  static init(root: string, name: string, options: { bare?: boolean } = {}): ScriptedRepo {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    const repo = new ScriptedRepo(path);
    repo.git("-c", "init.defaultBranch=main", "init", "-q", ...(options.bare ? ["--bare"] : []));
    return repo;
  }

  /** Wraps an existing repository (a clone). */
  static at(path: string): ScriptedRepo {
    return new ScriptedRepo(path);
  }

  git(...args: string[]): string {
    return this.gitWith({}, ...args);
  }

  gitWith(env: Record<string, string>, ...args: string[]): string {
    return execFileSync("git", args, {
      cwd: this.path,
      env: { ...process.env, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  }

  /** Writes (or, for `null`, deletes) files in the work tree. */
  write(files: Record<string, string | Buffer | null>): void {
    for (const [name, content] of Object.entries(files)) {
      const path = join(this.path, name);
      if (content === null) rmSync(path, { force: true });
      else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
    }
  }

  /** Writes `files`, stages everything and commits; returns the new commit's id. */
  commit(message: string, files: Record<string, string | Buffer | null> = {}, author: Author = ANN): string {
    this.write(files);
    this.git("add", "-A");
    this.gitWith(this.identity(author), "commit", "-q", "--allow-empty", "-m", message);
    return this.head();
  }

  /** Merges `branch` into the current branch with a merge commit (resolving nothing). */
  merge(branch: string, message: string): string {
    this.gitWith(this.identity(ANN), "merge", "-q", "--no-ff", "-m", message, branch);
    return this.head();
  }

  head(): string {
    return this.git("rev-parse", "HEAD").trim();
  }

  /** Author and committer identity with a date one minute after the previous commit. */
  identity(author: Author): Record<string, string> {
    const date = `@${EPOCH + 60 * this.clock++} +0000`;
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_COMMITTER_DATE: date,
    };
  }
}
