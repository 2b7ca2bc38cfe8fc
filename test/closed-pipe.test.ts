import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { cliPath } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;

/**
 * Runs the built CLI with its standard output piped into `head -c1`, which exits after one
 * byte: each report below is far larger than a pipe's buffer, so the CLI writes into a pipe
 * whose reader is gone. Returns the CLI's own exit status (not head's) and its stderr.
 */
function pipedIntoHead(args: readonly string[]): { status: number | null; stderr: string } {
  const script = 'node="$1"; shift; "$node" "$@" | head -c1 >/dev/null; exit "${PIPESTATUS[0]}"';
  const result = spawnSync("bash", ["-c", script, "bash", process.execPath, cliPath, ...args], {
    env: { ...process.env, NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { status: result.status, stderr: result.stderr };
}

/** 2,000 findings in one file: a text report of about 300 KB, a JSON one of about 1.5 MB. */
function manyFindings(): string {
  const lines = Array.from({ length: 2000 }, (_, i) => `KEY_${i}=${anthropicKey(`pipe-${i}`)}`);
  return tempTree({ "keys.env": `${lines.join("\n")}\n` });
}

describe("a reader that closes the pipe early (| head)", () => {
  it("ends a listing quietly with exit code 0", () => {
    expect(pipedIntoHead(["detectors"])).toEqual({ status: 0, stderr: "" });
    expect(pipedIntoHead(["detectors", "--json"])).toEqual({ status: 0, stderr: "" });
  });

  it("ends a scan quietly with the exit code of its findings, in every format", () => {
    const dir = manyFindings();
    expect(pipedIntoHead(["scan", dir])).toEqual({ status: 1, stderr: "" });
    expect(pipedIntoHead(["scan", dir, "-f", "json"])).toEqual({ status: 1, stderr: "" });
    expect(pipedIntoHead(["scan", dir, "-f", "sarif", "--exit-code", "3"])).toEqual({
      status: 3,
      stderr: "",
    });
    expect(pipedIntoHead(["scan", tempTree({ "a.txt": "nothing here\n" })])).toEqual({
      status: 0,
      stderr: "",
    });
  });

  it("ends quietly when standard error is the closed pipe", async () => {
    const dir = manyFindings();
    const child = spawn(
      process.execPath,
      [cliPath, "scan", dir, "--output", join(dir, "report.json"), "-f", "json", "--exit-code", "3"],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    // Closed before the CLI writes its "written to" line there.
    child.stderr?.destroy();
    const [status] = await once(child, "exit");
    expect(status).toBe(3);
  });
});
