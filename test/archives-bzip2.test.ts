/**
 * bzip2 (`.bz2`, `.tar.bz2`, `.tbz2`) is read as gzip is: found by its signature, its entries
 * scanned through the one chunk scanner, nested, under the same limits, which end a bzip2 bomb
 * while it is decompressed.
 */
import { join } from "node:path";
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  anthropicKey,
  bzip2Of,
  compressedLimitTests,
  inTree,
  located,
  tarOf,
  treeOf,
  zipOf,
} from "./helpers/archives.js";
import { runCli } from "./helpers/cli.js";

describe("bzip2 archives", () => {
  const key = anthropicKey("bzip2");
  const env = `# settings\n\nKEY=${key}\n`;

  it("opens a lone .bz2, a .tar.bz2 and a .tbz2, and archives nested in and around them", async () => {
    const tar = tarOf([
      { name: "app", type: "5" },
      { name: "app/.env", contents: env },
      { name: "app/lib.zip", contents: zipOf({ "conf/.env": env }) },
    ]);
    const dir = treeOf({
      "app.env.bz2": bzip2Of(env),
      "release.tar.bz2": bzip2Of(tar),
      "release.tbz2": bzip2Of(tar),
      "outer.zip": zipOf({ "inner/settings.env.bz2": bzip2Of(env) }),
      "both.tgz": gzipSync(tarOf([{ name: "x.tar.bz2", contents: bzip2Of(tar) }])),
    });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([
      ["app.env.bz2!app.env", 3, 5],
      ["both.tgz!x.tar.bz2!app/.env", 3, 5],
      ["both.tgz!x.tar.bz2!app/lib.zip!conf/.env", 3, 5],
      ["outer.zip!inner/settings.env.bz2!settings.env", 3, 5],
      ["release.tar.bz2!app/.env", 3, 5],
      ["release.tar.bz2!app/lib.zip!conf/.env", 3, 5],
      ["release.tbz2!app/.env", 3, 5],
      ["release.tbz2!app/lib.zip!conf/.env", 3, 5],
    ]);
    expect(stats).toMatchObject({ files: 8, skipped: 0 });
  });

  it("reads bzip2 in worker threads, and at --max-archive-depth 0 counts it as binary", () => {
    const dir = treeOf({ "app.env.bz2": bzip2Of(env) });
    const threaded = runCli(["scan", ".", "--workers", "1", "--format", "json"], { cwd: dir });
    expect(JSON.parse(threaded.stdout).findings.map((f: { path: string }) => f.path)).toEqual([
      "app.env.bz2!app.env",
    ]);
    const closed = runCli(["scan", ".", "--max-archive-depth", "0", "--format", "json"], { cwd: dir });
    expect(JSON.parse(closed.stdout).stats).toMatchObject({ files: 0, skippedBy: { binary: 1 } });
  });

  // 128 MiB of zeros is a few hundred bytes of bzip2: one block alone unpacks to 45 MB.
  compressedLimitTests("bz2", bzip2Of, 2000);

  it("counts a damaged bzip2 as corrupt, walked or nested, and refuses one named", async () => {
    const good = bzip2Of(tarOf([{ name: "x.env", contents: env }]));
    const flipped = Buffer.from(good);
    flipped[40] = (flipped[40] as number) ^ 0xff;
    const dir = treeOf({
      "cut.tar.bz2": good.subarray(0, good.length - 20),
      "flipped.bz2": flipped,
      "outer.zip": zipOf({ "in.bz2": good.subarray(0, 30), "ok.env": env }),
    });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([["outer.zip!ok.env", 3, 5]]);
    expect(stats.skippedBy).toMatchObject({ corrupt: 3 });
    expect(stats.skippedPaths?.corrupt).toEqual([
      join(dir, "cut.tar.bz2"),
      join(dir, "flipped.bz2"),
      join(dir, "outer.zip!in.bz2"),
    ]);
    const named = runCli(["scan", "flipped.bz2"], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toBe("keyhound: cannot read flipped.bz2: a damaged archive\n");
  });
});
