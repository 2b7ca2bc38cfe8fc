import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cliPath, runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

/** A tree of many small files, so that a scan reports progress more than once. */
function manyFiles(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 400; i++) files[`dir-${i % 8}/file-${i}.js`] = `export const value${i} = ${i};\n`;
  return tempTree(files);
}

/** Runs the CLI on a pseudo-terminal (`script`), as a user at a terminal would; what it wrote. */
function onTerminal(args: string, env: NodeJS.ProcessEnv = {}): string | undefined {
  if (spawnSync("script", ["--version"], { encoding: "utf8" }).status !== 0) {
    console.warn("SKIPPED: the terminal cases need `script` (util-linux) to run on a pseudo-terminal");
    return undefined;
  }
  const result = spawnSync("script", ["-qec", `"${process.execPath}" "${cliPath}" ${args}`, "/dev/null"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", KEYHOUND_PROGRESS_AFTER_MS: "0", ...env },
  });
  return result.stdout;
}

describe("progress line", () => {
  it("shows files, bytes and rate on a terminal, then clears itself before the report", () => {
    const root = manyFiles();
    const output = onTerminal(`scan "${root}"`);
    if (output === undefined) return;
    expect(output).toMatch(/keyhound: scanning: \d+ files, [\d.]+ MB \([\d.]+ MB\/s\)/);
    // Erased (ESC [2K) before the summary is printed.
    expect(output).toContain("\u001b[2K");
    expect(output).toMatch(/No secrets found\. 400 files scanned/);
  });

  it("counts commits and blobs for a history scan", () => {
    const output = onTerminal(`git "${process.cwd()}" --max-depth 20 -f json -o /dev/null`);
    if (output === undefined) return;
    expect(output).toMatch(/keyhound: walking history: \d+ commits, \d+ blobs/);
  });

  it("is silent under --quiet, on a scan that ends before a second, and off a terminal", () => {
    const root = manyFiles();
    const quiet = onTerminal(`scan "${root}" --quiet`);
    if (quiet === undefined) return;
    expect(quiet).not.toContain("scanning:");
    expect(onTerminal(`scan "${root}"`, { KEYHOUND_PROGRESS_AFTER_MS: "60000" })).not.toContain("scanning:");
    const piped = runCli(["scan", root], { env: { KEYHOUND_PROGRESS_AFTER_MS: "0" } });
    expect(piped.stderr).toBe("");
  });
});
