/**
 * Every archive option of the CLI is also a key of `.keyhound.yaml`, a team default that a flag
 * given overrides, for scan, git and image alike; a bad value is one line naming the key.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { zipOf } from "./helpers/archives.js";
import { runCli } from "./helpers/cli.js";
import { gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";
import { tempTree } from "./helpers/temp.js";

const sandbox = gitSandbox();
afterAll(sandbox.cleanup);

const env = `KEY=sk-ant-api03-${randomChars("base64url", 93, "archive-config")}AA\n`;
const pathsOf = (stdout: string) => JSON.parse(stdout).findings.map((f: { path: string }) => f.path);

function treeWith(config: string): string {
  const dir = tempTree({ ".keyhound.yaml": config });
  writeFileSync(join(dir, "a.zip"), zipOf({ "inner.zip": zipOf({ ".env": env }) }, true));
  return dir;
}

describe("archive options as configuration keys", () => {
  it("maxArchiveDepth in the file applies to scan and git; a flag given wins", () => {
    const dir = treeWith("maxArchiveDepth: 1\n");
    const shallow = runCli(["scan", ".", "-f", "json"], { cwd: dir });
    expect(pathsOf(shallow.stdout)).toEqual([]);
    expect(JSON.parse(shallow.stdout).stats.skippedBy).toMatchObject({ "depth limit": 1 });
    expect(
      pathsOf(runCli(["scan", ".", "-f", "json", "--max-archive-depth", "2"], { cwd: dir }).stdout),
    ).toEqual(["a.zip!inner.zip!.env"]);

    const repo = ScriptedRepo.init(sandbox.root, "config-depth");
    repo.commit("Add", {
      ".keyhound.yaml": "maxArchiveDepth: 0\n",
      "a.zip": Buffer.from(zipOf({ ".env": env })),
    });
    const history = runCli(["git", "-f", "json"], { cwd: repo.path });
    expect(JSON.parse(history.stdout).stats).toMatchObject({ skippedBy: { binary: 1 } });
    expect(pathsOf(history.stdout)).toEqual([]);
  });

  it("the limits in the file end an archive as the flags do", () => {
    const big = "x".repeat(60_000);
    const dir = tempTree({
      ".keyhound.yaml": "maxArchiveBytes: 50000\nmaxArchiveEntries: 2\nmaxArchiveRatio: 5\n",
    });
    writeFileSync(join(dir, "big.zip"), zipOf({ "a.txt": randomChars("base64", 60_000, "big") }, true));
    writeFileSync(join(dir, "many.zip"), zipOf({ a: "", b: "", c: "" }));
    writeFileSync(join(dir, "squeezed.zip"), zipOf({ "zeros.txt": big.repeat(40) }));
    const { stats } = JSON.parse(runCli(["scan", ".", "-f", "json"], { cwd: dir }).stdout);
    expect(stats.skippedPaths).toMatchObject({
      "size limit": ["big.zip"],
      "entry limit": ["many.zip"],
      "ratio limit": ["squeezed.zip"],
    });
    const check = runCli(["config", "check"], { cwd: dir });
    expect(check.status).toBe(0);
  });

  it("config schema lists every archive key", () => {
    const schema = JSON.parse(runCli(["config", "schema"]).stdout);
    for (const key of ["maxArchiveDepth", "maxArchiveRatio", "maxArchiveBytes", "maxArchiveEntries"]) {
      expect(schema.properties[key]).toMatchObject({ type: "integer" });
    }
  });

  // Each value is tried with one command that reads the file: they share the loading.
  it.each([
    ["maxArchiveDepth: 33\n", ["config", "check"], /maxArchiveDepth: /],
    ["maxArchiveDepth: -1\n", ["git"], /maxArchiveDepth: /],
    ["maxArchiveRatio: 0\n", ["scan", "."], /maxArchiveRatio: /],
    ["maxArchiveBytes: 1GiB\n", ["image", "none.tar"], /maxArchiveBytes: must be a whole number/],
    ["maxArchiveEntries: 2.5\n", ["config", "check"], /maxArchiveEntries: must be a whole number/],
  ])("a bad value, %s: one line naming the key, exit 2", (content, args, message) => {
    const dir = tempTree({ ".keyhound.yaml": content });
    const result = runCli(args, { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^keyhound: \.keyhound\.yaml(:\d+)?: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
