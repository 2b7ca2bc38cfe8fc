/**
 * Temporary files for tests. Every directory is named `keyhound-<label>-…` in the system's
 * temporary folder, so anything a crashed run leaves behind is recognisable, and every test
 * removes what it made: `tempTree` when its test finishes, `tempDir` in the caller's `afterAll`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { onTestFinished } from "vitest";

/** A new empty directory; the caller removes it with `removeDir` (in `afterAll` or `finally`). */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `keyhound-${label}-`));
}

export function removeDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

/** Writes `files` (path relative to `root` -> content), creating their folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/**
 * A fresh temporary directory holding `files`, removed when the test that calls it finishes
 * (so it must be called inside a test, not in a suite's body or hook).
 */
export function tempTree(files: Record<string, string> = {}): string {
  const root = tempDir("test");
  onTestFinished(() => removeDir(root));
  writeFiles(root, files);
  return root;
}
