import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checksummedToken, randomChars } from "../src/catalog/synth.js";
import { fileForThisThread } from "../src/scan/worker-pool.js";

// Worker threads load the compiled worker (dist/scan/worker.js): under vitest the sources are
// TypeScript, so the worker path is tested through the built CLI (`npm test` builds first).
const cli = resolve("dist/cli/main.js");
const root = mkdtempSync(join(tmpdir(), "keyhound-workers-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
  // 300 files in nested folders, a credential in one file of every seven, some of them twice
  // on a line; and one file larger than a chunk, with a key beyond its first chunk.
  for (let i = 0; i < 300; i++) {
    const folder = join(root, `pkg-${i % 7}`, `sub-${i % 3}`);
    mkdirSync(folder, { recursive: true });
    const lines = [`// file ${i}`, "export const answer = 42;"];
    if (i % 7 === 0) lines.push(`const token = "${checksummedToken("ghp_", 30, `w${i}`)}";`);
    if (i % 21 === 0) {
      lines.push(`ANTHROPIC_API_KEY=sk-ant-api03-${randomChars("base64url", 93, `w${i}`)}AA`);
      lines.push(`a="${checksummedToken("ghp_", 30, `x${i}`)}" b="${checksummedToken("ghp_", 30, `y${i}`)}"`);
    }
    writeFileSync(join(folder, `file-${i}.ts`), `${lines.join("\n")}\n`);
  }
  const big = `${"filler line without credentials\n".repeat(300_000)}GITHUB_TOKEN=${checksummedToken("ghp_", 30, "big")}\n`;
  writeFileSync(join(root, "big.log"), big);
});

function scanJson(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, "scan", root, "--format", "json", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  expect(result.status, result.stderr).toBe(1);
  return JSON.parse(result.stdout) as {
    stats: { files: number; bytes: number; workers: number };
    findings: Array<Record<string, unknown>>;
  };
}

describe("scanning in worker threads", () => {
  it("reports the same findings, in the same order, as a scan in the main thread", () => {
    const inProcess = scanJson("--workers", "0");
    const threaded = scanJson("--workers", "2");
    const single = scanJson("--workers", "1");
    expect(inProcess.stats.workers).toBe(0);
    expect(threaded.stats.workers).toBe(2);
    expect(single.stats.workers).toBe(1);
    // 43 files with one token, 15 of them with three more credentials, and the large file.
    expect(inProcess.findings.length).toBe(43 + 15 * 3 + 1);
    expect(threaded.findings).toEqual(inProcess.findings);
    expect(single.findings).toEqual(inProcess.findings);
    expect(threaded.stats.files).toBe(inProcess.stats.files);
    expect(threaded.stats.bytes).toBe(inProcess.stats.bytes);
  });

  it("finds a key beyond the first chunk of a large file in a worker, on the right line", () => {
    const threaded = scanJson("--workers", "2");
    const big = threaded.findings.filter((f) => String(f.path).endsWith("big.log"));
    expect(big.map((f) => f.line)).toEqual([300_001]);
  });

  it("hands a large scan over to the worker the CLI started ahead, losing and reordering nothing", () => {
    // 60 MB in 600 files: the main thread starts scanning while the worker loads, then hands
    // the rest over once the worker is ready.
    const large = join(root, "..", `${root.split("/").pop()}-large`);
    const filler = `${"const value = compute(input) + offset; // nothing secret here\n".repeat(1600)}`;
    for (let i = 0; i < 600; i++) {
      const folder = join(large, `dir-${i % 10}`);
      mkdirSync(folder, { recursive: true });
      const key = i % 50 === 0 ? `GITHUB_TOKEN=${checksummedToken("ghp_", 30, `l${i}`)}\n` : "";
      writeFileSync(join(folder, `file-${i}.js`), `${filler}${key}${filler}`);
    }
    try {
      const run = (...args: string[]) => {
        const result = spawnSync(process.execPath, [cli, "scan", large, "--format", "json", ...args], {
          encoding: "utf8",
          maxBuffer: 1 << 26,
        });
        expect(result.status, result.stderr).toBe(1);
        return JSON.parse(result.stdout) as { stats: { workers: number }; findings: unknown[] };
      };
      const byDefault = run();
      const mainOnly = run("--workers", "0");
      expect(mainOnly.findings.length).toBe(12);
      expect(byDefault.findings).toEqual(mainOnly.findings);
      if (availableParallelism() > 1) expect(byDefault.stats.workers).toBe(availableParallelism() - 1);
    } finally {
      rmSync(large, { recursive: true, force: true });
    }
  });

  it("keeps a small scan in the main thread by default, and prints phase timings with --stats", () => {
    const result = spawnSync(process.execPath, [cli, "scan", join(root, "pkg-0"), "--stats"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /keyhound: \d+ files, [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s\), 0 skipped, 0 worker threads/,
    );
    expect(result.stderr).toMatch(/walk \d+ ms, read \d+ ms, prefilter \d+ ms, match \d+ ms, report \d+ ms/);
  });

  it("lets a library caller pass one pool to several scans, and close it", async () => {
    // The compiled library, whose pool can load the compiled worker.
    const library = (await import(
      pathToFileURL(resolve("dist/index.js")).href
    )) as typeof import("../src/index.js");
    const pool = new library.WorkerPool({ threads: 1, use: "always" });
    try {
      const first = await library.scan({ paths: [root], pool });
      const second = await library.scan({ paths: [root], pool });
      const alone = await library.scan({ paths: [root], workers: 0 });
      expect(first.stats.workers).toBe(1);
      expect(first.findings).toEqual(alone.findings);
      expect(second.findings).toEqual(alone.findings);
      expect(pool.started).toBe(true);
    } finally {
      await pool.close();
    }
    expect(pool.started).toBe(false);
    // A pool that cannot help (no threads) leaves the scan in the calling thread.
    const none = await library.scan({ paths: [root], pool: new library.WorkerPool({ threads: 0 }) });
    expect(none.stats.workers).toBe(0);
  });

  it("has the main thread take a file the worker's queue outlasts, else the smallest", () => {
    const sizes = (...list: number[]) => list.map((size) => ({ size }));
    expect(fileForThisThread(sizes(100, 5, 7), 8)).toBe(1);
    expect(fileForThisThread(sizes(3, 5), 8)).toBe(0);
    expect(fileForThisThread(sizes(90, 30, 60), 8)).toBe(1);
  });

  it("rejects a worker count that is not a whole number", () => {
    const result = spawnSync(process.execPath, [cli, "scan", root, "--workers", "two"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("worker count");
  });
});
