/**
 * xz (`.xz`, `.tar.xz`, `.txz`) is read as bzip2 is: found by its signature, its entries
 * scanned through the one chunk scanner, nested, under the same limits, which end an xz bomb
 * while it is decompressed. The decoder is xz-embedded's WebAssembly, driven synchronously.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { sniffArchive } from "../src/sources/archive.js";
import { compileDecoder } from "../src/sources/xz.js";
import {
  anthropicKey,
  compressedLimitTests,
  inTree,
  located,
  tarOf,
  treeOf,
  xzOf,
  zipOf,
} from "./helpers/archives.js";
import { runCli } from "./helpers/cli.js";

describe("xz archives", () => {
  const key = anthropicKey("xz");
  const env = `# settings\n\nKEY=${key}\n`;
  const tar = tarOf([
    { name: "app", type: "5" },
    { name: "app/.env", contents: env },
    { name: "app/lib.zip", contents: zipOf({ "conf/.env": env }) },
  ]);

  it("is told by its six-byte magic, whatever its name", () => {
    expect(sniffArchive(xzOf("x"))).toBe("xz");
    // The magic cut short, or its last byte wrong, is not xz.
    expect(sniffArchive(new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a]))).toBeUndefined();
    expect(sniffArchive(new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 1, 0, 4]))).toBeUndefined();
  });

  it("opens a lone .xz, a .tar.xz and a .txz, and archives nested in and around them", async () => {
    const dir = treeOf({
      "app.env.xz": xzOf(env),
      "release.tar.xz": xzOf(tar, "-9"),
      "release.txz": xzOf(tar, "-0", "--check=crc32"),
      "outer.zip": zipOf({ "inner/settings.env.xz": xzOf(env) }),
      "both.tgz": gzipSync(tarOf([{ name: "x.tar.xz", contents: xzOf(tar) }])),
      "xz-in-xz.tar.xz": xzOf(tarOf([{ name: "inner.env.xz", contents: xzOf(env) }])),
      unnamed: xzOf(env, "--check=none"),
    });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([
      ["app.env.xz!app.env", 3, 5],
      ["both.tgz!x.tar.xz!app/.env", 3, 5],
      ["both.tgz!x.tar.xz!app/lib.zip!conf/.env", 3, 5],
      ["outer.zip!inner/settings.env.xz!settings.env", 3, 5],
      ["release.tar.xz!app/.env", 3, 5],
      ["release.tar.xz!app/lib.zip!conf/.env", 3, 5],
      ["release.txz!app/.env", 3, 5],
      ["release.txz!app/lib.zip!conf/.env", 3, 5],
      ["unnamed!contents", 3, 5],
      ["xz-in-xz.tar.xz!inner.env.xz!inner.env", 3, 5],
    ]);
    expect(stats).toMatchObject({ files: 10, skipped: 0 });
  });

  it("reads concatenated streams and their padding, and a stream of many blocks", async () => {
    const second = `# more\n\nKEY=${anthropicKey("second stream")}\n`;
    const big = `${randomChars("base64", 300_000, "filler")}\n${env}`;
    const dir = treeOf({
      "joined.env.xz": Buffer.concat([xzOf("# first\n"), new Uint8Array(8), xzOf(second)]),
      "blocks.env.xz": xzOf(big, "--block-size=65536"),
    });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([
      ["blocks.env.xz!blocks.env", 4, 5],
      ["joined.env.xz!joined.env", 4, 5],
    ]);
    expect(findings.map((f) => f.secret)).toEqual([key, anthropicKey("second stream")]);
    expect(stats).toMatchObject({ files: 2, skipped: 0 });
  });

  it("reads xz in worker threads, named or walked, and at --max-archive-depth 0 counts it as binary", () => {
    const dir = treeOf({ "app.env.xz": xzOf(env), "release.tar.xz": xzOf(tar) });
    const threaded = runCli(["scan", ".", "--workers", "1", "--format", "json"], { cwd: dir });
    expect(JSON.parse(threaded.stdout).findings.map((f: { path: string }) => f.path)).toEqual([
      "app.env.xz!app.env",
      "release.tar.xz!app/.env",
      "release.tar.xz!app/lib.zip!conf/.env",
    ]);
    const named = runCli(["scan", "release.tar.xz", "--workers", "1", "--format", "json"], { cwd: dir });
    expect(named.status).toBe(1);
    expect(JSON.parse(named.stdout).stats).toMatchObject({ files: 2 });
    const closed = runCli(["scan", ".", "--max-archive-depth", "0", "--format", "json"], { cwd: dir });
    expect(JSON.parse(closed.stdout).stats).toMatchObject({ files: 0, skippedBy: { binary: 2 } });
  });

  compressedLimitTests("xz", (contents) => xzOf(contents, "-9"), 32 * 1024);

  it("counts a damaged or cut xz as corrupt, walked or nested, and refuses one named", async () => {
    const good = xzOf(tarOf([{ name: "x.env", contents: env }]));
    const flipped = Buffer.from(good);
    flipped[40] = (flipped[40] as number) ^ 0xff;
    const dir = treeOf({
      "cut.tar.xz": good.subarray(0, good.length - 20),
      "flipped.xz": flipped,
      "trailing.xz": Buffer.concat([xzOf("# nothing\n"), Buffer.from("not xz")]),
      "outer.zip": zipOf({ "in.xz": good.subarray(0, 30), "ok.env": env }),
    });
    const { findings, stats } = await inTree(dir);
    // The cut took the index and footer only: the entry before them was read, then the
    // stream's end found missing.
    expect(located(findings, dir)).toEqual([
      ["cut.tar.xz!x.env", 3, 5],
      ["outer.zip!ok.env", 3, 5],
    ]);
    expect(stats.skippedBy).toMatchObject({ corrupt: 4 });
    expect(stats.skippedPaths?.corrupt).toEqual([
      join(dir, "cut.tar.xz"),
      join(dir, "flipped.xz"),
      join(dir, "outer.zip!in.xz"),
      join(dir, "trailing.xz"),
    ]);
    const named = runCli(["scan", "flipped.xz"], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toBe("keyhound: cannot read flipped.xz: a damaged archive\n");
  });

  it("keeps what a cut .tar.xz gave before its end", async () => {
    const first = tarOf([{ name: "a.env", contents: env }]);
    const rest = tarOf([{ name: "b.txt", contents: randomChars("base64", 200_000, "rest") }]);
    // The first entry and its end go out before the cut: the tar's blocks are whole.
    const whole = xzOf(Buffer.concat([first.subarray(0, first.length - 1024), rest]), "-0");
    const dir = treeOf({ "cut.tar.xz": whole.subarray(0, whole.length - 1000) });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([["cut.tar.xz!a.env", 3, 5]]);
    expect(stats.skippedPaths?.corrupt).toEqual([join(dir, "cut.tar.xz")]);
  });

  it("counts an xz this decoder cannot read (SHA-256 check, BCJ filter) as unsupported", async () => {
    const dir = treeOf({
      "sha256.env.xz": xzOf(env, "--check=sha256"),
      "x86.env.xz": xzOf(env, "--x86", "--lzma2"),
      "inner.zip": zipOf({ "sha.tar.xz": xzOf(tar, "--check=sha256"), "ok.env": env }),
      // Read last, by the decoder the failed streams left.
      "z-after.env.xz": xzOf(env),
    });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([
      ["inner.zip!ok.env", 3, 5],
      ["z-after.env.xz!z-after.env", 3, 5],
    ]);
    expect(stats.skippedPaths?.unsupported).toEqual([
      join(dir, "inner.zip!sha.tar.xz"),
      join(dir, "sha256.env.xz"),
      join(dir, "x86.env.xz"),
    ]);
    const named = runCli(["scan", "sha256.env.xz"], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toBe(
      "keyhound: cannot read sha256.env.xz: an archive compressed by an unsupported method\n",
    );
  });

  it("finds the decoder in the pinned xz-decompress, and says so plainly when it is not there", () => {
    // Pinned exactly: the layout driven here is this version's.
    const { dependencies } = createRequire(import.meta.url)("../package.json");
    expect(dependencies["xz-decompress"]).toBe("0.2.3");
    expect(compileDecoder(createRequire(import.meta.url).resolve("xz-decompress"))).toBeDefined();
    const dir = treeOf({});
    const moved = join(dir, "xz-decompress.js");
    // Another layout: the module in a file of its own, or one that exports other functions.
    writeFileSync(moved, 'module.exports = require("./xz.wasm");');
    const wrongModule = join(dir, "other.js");
    // The smallest module there is: no exports at all.
    writeFileSync(
      wrongModule,
      `"data:application/wasm;base64,${Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]).toString("base64")}"`,
    );
    for (const file of [moved, wrongModule]) {
      expect(() => compileDecoder(file)).toThrow(
        `${file} does not hold the xz decoder keyhound drives (it needs xz-decompress@0.2.3): reinstall keyhound`,
      );
    }
  });
});
