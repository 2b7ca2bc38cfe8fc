import { execFileSync } from "node:child_process";
import { basename, dirname, resolve } from "node:path";

/**
 * Single-file questions to git, answered synchronously for code that re-reads a report's
 * findings one by one. Any failure (no git, not a repository, no such object) is "no".
 */
function gitOutput(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync("git", ["-c", "core.quotePath=false", "--no-pager", "--literal-pathspecs", ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** The file at `path` (from the repository's root) as `commit` recorded it, run from `cwd`. */
export function readCommittedFile(cwd: string, commit: string, path: string): string | undefined {
  // A commit id only: anything else could be read by git as an option or a revision expression.
  if (!/^[0-9a-f]{4,64}$/i.test(commit)) return undefined;
  return gitOutput(cwd, ["cat-file", "blob", `${commit}:${path}`]);
}

/** Whether any commit of any ref ever recorded the working-tree file at `path`. */
export function everCommitted(path: string): boolean {
  const full = resolve(path);
  const output = gitOutput(dirname(full), ["log", "--all", "-1", "--format=%H", "--", basename(full)]);
  return output !== undefined && output.trim() !== "";
}
