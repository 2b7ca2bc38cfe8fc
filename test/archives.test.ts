/**
 * Archives are opened and their entries scanned through the one chunk scanner, nested down to a
 * depth limit, with limits that end a zip bomb quickly; what cannot be read is counted by
 * reason, and an archive named on the command line that cannot be read at all is an error.
 */
import { join } from "node:path";
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { anthropicKey, inTree, located, markedEncrypted, tarOf, treeOf, zipOf } from "./helpers/archives.js";
import { runCli } from "./helpers/cli.js";

describe("archives", () => {
  const key = anthropicKey("archive");
  const env = `# settings\n\nKEY=${key}\n`;

  it("scans a zip's entries, found by content whatever the extension, with lines inside the entry", async () => {
    const zip = zipOf({ "config/.env": env, "docs/readme.txt": "nothing here\n" });
    const dir = treeOf({ "a.zip": zip, "report.docx": zip, "app.whl": zipOf({ "x/.env": env }, true) });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([
      ["a.zip!config/.env", 3, 5],
      ["app.whl!x/.env", 3, 5],
      ["report.docx!config/.env", 3, 5],
    ]);
    expect(stats).toMatchObject({ files: 5, skipped: 0 });
  });

  it("opens a zip inside a tar.gz, a tar, and a lone .gz, naming every level", async () => {
    const inner = zipOf({ "config/.env": env });
    const tgz = gzipSync(
      tarOf([
        { name: "inner", type: "5" },
        { name: "inner/inner.zip", contents: inner },
      ]),
    );
    const long = `${"deep/".repeat(30)}app.env`;
    const dir = treeOf({
      "outer.tar.gz": tgz,
      "plain.tar": tarOf([{ name: long, contents: env }]),
      "app.env.gz": gzipSync(Buffer.from(env)),
    });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([
      ["app.env.gz!app.env", 3, 5],
      ["outer.tar.gz!inner/inner.zip!config/.env", 3, 5],
      [`plain.tar!${long}`, 3, 5],
    ]);
    expect(stats.files).toBe(3);
  });

  it("reads a nested zip larger than one read of the file holding it", async () => {
    // Incompressible filler, stored: the inner zip spans many 64 KB reads of the outer one.
    const filler = randomChars("base64", 300_000, "filler");
    const inner = zipOf({ "filler.txt": filler, "z/.env": env }, true);
    const dir = treeOf({ "outer.zip": zipOf({ "lib/inner.zip": inner, "after.txt": "x" }, true) });
    const { findings } = await inTree(dir);
    expect(located(findings, dir)).toEqual([["outer.zip!lib/inner.zip!z/.env", 3, 5]]);
  });

  it("opens archives down to --max-archive-depth; at 0, counts them as binary, as before", async () => {
    const nested = zipOf({ "inner.zip": zipOf({ ".env": env }) }, true);
    const dir = treeOf({ "outer.zip": nested });
    const shallow = await inTree(dir, { maxArchiveDepth: 1 });
    expect(shallow.findings).toEqual([]);
    expect(shallow.stats.skippedBy).toMatchObject({ "depth limit": 1 });
    expect(shallow.stats.skippedPaths?.["depth limit"]).toEqual([join(dir, "outer.zip!inner.zip")]);
    const closed = await inTree(dir, { maxArchiveDepth: 0 });
    expect(closed.stats).toMatchObject({ files: 0, skippedBy: { binary: 1 } });
    expect((await inTree(dir)).findings).toHaveLength(1);
  });

  it("ends a zip bomb quickly, in bounded memory, at the ratio limit", async () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const dir = treeOf({
      "bomb.zip": zipOf({ "a.env": env, "zeros.bin": zeros }),
      "bomb.gz": gzipSync(zeros),
      // Declared sizes that lie: the entry says it is small, unpacking finds otherwise.
      "liar.zip": lyingSizes(zipOf({ "zeros.txt": zeros })),
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { findings, stats } = await inTree(dir);
    // Each stream ends past its first MiB: 48 MiB unpacked in full would take seconds.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
    expect(stats.skippedBy).toMatchObject({ "ratio limit": 3 });
    // What was read before the limit is still reported.
    expect(located(findings, dir)).toEqual([["bomb.zip!a.env", 3, 5]]);
  });

  it("ends an archive with too many entries, or too many bytes, as a whole", async () => {
    const many: Record<string, string> = {};
    for (let n = 0; n < 3000; n++) many[`f${n}.txt`] = "";
    const tarItems = Object.keys(many).map((name) => ({ name }));
    const dir = treeOf({
      "many.zip": zipOf(many),
      "many.tar": tarOf(tarItems),
      "big.zip": zipOf({ "one.txt": "x".repeat(40_000), "two.txt": "y".repeat(40_000) }),
    });
    const started = performance.now();
    const { stats } = await inTree(dir, { maxArchiveEntries: 1000, maxArchiveBytes: 50_000 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(stats.skippedBy).toMatchObject({ "entry limit": 2, "size limit": 1 });
    expect(stats.skippedPaths?.["entry limit"]).toEqual([join(dir, "many.tar"), join(dir, "many.zip")]);
  });

  it("reads past a zip's entry count when a writer without zip64 wrapped it at 65,536", async () => {
    const many: Record<string, string> = {};
    for (let n = 0; n < 65_540; n++) many[`e${n}`] = "";
    many["last/.env"] = env;
    const dir = treeOf({ "wrapped.zip": zipOf(many, true) });
    const { findings } = await inTree(dir);
    expect(located(findings, dir)).toEqual([["wrapped.zip!last/.env", 3, 5]]);
  });

  it("counts damaged and encrypted archives and entries, and reads the entries it can", async () => {
    const zip = zipOf({ "a.env": env });
    const dir = treeOf({
      "truncated.zip": zip.subarray(0, zip.length - 30),
      "sealed.zip": markedEncrypted(zip),
      "half.zip": markedEncrypted(zipOf({ "b.env": env, "c.env": env }), "b.env"),
      "broken.tgz": gzipSync(tarOf([{ name: "x.env", contents: env }])).subarray(0, 60),
    });
    const { findings, stats } = await inTree(dir);
    expect(located(findings, dir)).toEqual([["half.zip!c.env", 3, 5]]);
    expect(stats.skippedBy).toMatchObject({ corrupt: 2, encrypted: 2 });
    expect(stats.skippedPaths?.encrypted).toEqual([join(dir, "half.zip!b.env"), join(dir, "sealed.zip")]);
  });

  it("refuses, in one line, a named archive that cannot be read at all", () => {
    const zip = zipOf({ "a.env": env });
    const dir = treeOf({ "sealed.zip": markedEncrypted(zip), "cut.zip": zip.subarray(0, 40) });
    for (const [named, what] of [
      ["sealed.zip", "an encrypted archive"],
      ["cut.zip", "a damaged archive"],
    ]) {
      const result = runCli(["scan", named as string], { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`keyhound: cannot read ${named}: ${what}\n`);
    }
    // Walked, it is counted; --strict fails on it.
    const walked = runCli(["scan", "."], { cwd: dir });
    expect(walked.status).toBe(0);
    expect(walked.stdout).toMatch(/2 not scanned: 1 corrupt, 1 encrypted\n$/);
    expect(runCli(["scan", ".", "--strict"], { cwd: dir }).status).toBe(2);
  });

  it("reads archives in worker threads too, and takes the limits as options", () => {
    const dir = treeOf({ "a.jar": zipOf({ "META-INF/app.properties": env }), "b.txt": `KEY=${key}\n` });
    const threaded = runCli(["scan", ".", "--workers", "1", "--format", "json"], { cwd: dir });
    expect(JSON.parse(threaded.stdout).findings.map((f: { path: string }) => f.path)).toEqual([
      "a.jar!META-INF/app.properties",
      "b.txt",
    ]);
    const refused = runCli(["scan", ".", "--max-archive-depth", "x"], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^keyhound: .*"x" is not an archive depth \(0-32\)\n$/);
  });
});

/** The zip with each entry's declared uncompressed size set to 1 in both headers. */
function lyingSizes(zip: Uint8Array): Uint8Array {
  const copy = Buffer.from(zip);
  for (let at = 0; at + 4 <= copy.length; at++) {
    const signature = copy.readUInt32LE(at);
    if (signature === 0x04034b50) copy.writeUInt32LE(1, at + 22);
    if (signature === 0x02014b50) copy.writeUInt32LE(1, at + 24);
  }
  return copy;
}
