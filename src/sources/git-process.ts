import { type ChildProcess, spawn } from "node:child_process";
import type { Readable } from "node:stream";
import { UsageError } from "../errors.js";

/**
 * Settings every git call gets, whatever the user's configuration says: paths as raw UTF-8
 * rather than C-quoted, no pager, no colour codes in machine-read output.
 */
const FIXED_CONFIG = ["-c", "core.quotePath=false", "-c", "color.ui=never", "--no-pager"];

/** A git command that exited with a failure status; `message` holds git's own first line. */
export class GitError extends Error {
  override name = "GitError";
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args[0]} failed: ${firstLine(stderr) || "no message"}`);
  }
}

export function spawnGit(
  cwd: string,
  args: readonly string[],
  stdin: "pipe" | "ignore" = "ignore",
): ChildProcess {
  const child = spawn("git", [...FIXED_CONFIG, ...args], { cwd, stdio: [stdin, "pipe", "pipe"] });
  child.stderr?.setEncoding("utf8");
  return child;
}

/** Runs git to completion and returns its standard output. */
export async function runGit(cwd: string, args: readonly string[]): Promise<Buffer> {
  const { stdout, done } = streamGit(cwd, args);
  const chunks: Buffer[] = [];
  for await (const chunk of stdout) chunks.push(chunk as Buffer);
  await done;
  return Buffer.concat(chunks);
}

/** Runs git and answers whether it succeeded, for questions such as "does HEAD exist?". */
export async function gitSucceeds(cwd: string, args: readonly string[]): Promise<boolean> {
  try {
    await runGit(cwd, args);
    return true;
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}

export interface GitStream {
  readonly stdout: Readable;
  /** Settles when git exits: rejects with a GitError on a failure status. */
  readonly done: Promise<void>;
  /** Ends git early, when the reader gives up before the end of the output. */
  stop(): void;
}

/** Starts git and hands back its output as a stream, for output too large to hold. */
export function streamGit(cwd: string, args: readonly string[]): GitStream {
  const child = spawnGit(cwd, args);
  const done = exitOf(child, args);
  const stop = () => {
    if (child.exitCode === null) child.kill();
    done.catch(() => {}); // Killed on purpose: its failure status means nothing.
  };
  return { stdout: child.stdout as Readable, done, stop };
}

/** Resolves when `child` exits successfully; rejects with what git printed otherwise. */
export function exitOf(child: ChildProcess, args: readonly string[]): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (text: string) => {
    // Only the first lines matter for the message; a chatty failure must not grow memory.
    if (stderr.length < 4096) stderr += text;
  });
  return new Promise((resolve, reject) => {
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "ENOENT" ? new UsageError("git is not installed or not on the PATH") : error);
    });
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new GitError(args, stderr));
    });
  });
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
