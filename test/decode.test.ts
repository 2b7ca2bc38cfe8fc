import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { checksummedToken, randomChars } from "../src/catalog/synth.js";
import { decodeSpans } from "../src/engine/decode/index.js";
import { Engine } from "../src/engine/engine.js";
import { UsageError } from "../src/errors.js";
import { ChunkScanner } from "../src/scan/chunk-scanner.js";
import { scan } from "../src/scan/directory.js";
import { scanText } from "../src/scan/text.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const base64 = (text: string) => Buffer.from(text).toString("base64");
const github = (label: string) => checksummedToken("ghp_", 30, label);
const githubFindings = (text: string, options: { maxDecodeDepth?: number; path?: string } = {}) =>
  scanText(text, { detectors: ["github-pat-classic"], maxDecodeDepth: 2, ...options });

describe("decoders", () => {
  it("find a GitHub token base64-encoded under a Kubernetes Secret's data", () => {
    const token = github("k8s");
    const yaml = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gh\ndata:\n  token: ${base64(token)}\n`;
    const [finding, ...rest] = githubFindings(yaml, { path: "secret.yaml" });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ secret: token, line: 6, column: 10, decoded: ["base64"] });
    expect(finding?.endColumn).toBe(10 + base64(token).length);
    // The snippet shows the encoded line with the encoded value redacted, never the token.
    expect(finding?.snippet).toMatch(/^token: \S{3}…\S{0,2}$/);
    expect(finding?.snippet).not.toContain(base64(token).slice(0, 20));
  });

  it("find a base64 value in a .env file, and base64url", () => {
    const token = github("env");
    const env = `DEBUG=1\nGH_TOKEN_B64=${base64(token)}\nURLSAFE=${Buffer.from(`${token}??>`).toString("base64url")}\n`;
    const found = githubFindings(env, { path: ".env" });
    expect(found.map((f) => [f.line, f.column, f.decoded])).toEqual([[2, 14, ["base64"]]]);
    const other = github("url-safe");
    const urlSafe = githubFindings(`v=${Buffer.from(`>>>${other}>>>`).toString("base64url")}`);
    expect(urlSafe.map((f) => f.secret)).toEqual([other]);
  });

  it("find a percent-encoded token in a URL, reported once", () => {
    const token = github("url");
    const url = `curl "https://api.example.com/v1?access_token=${token.replace("_", "%5F")}&page=2"\n`;
    const found = scanText(url, { maxDecodeDepth: 2 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ detectorId: "github-pat-classic", secret: token, decoded: ["percent"] });
    expect(found[0]?.snippet).not.toContain(token.slice(4, 20));
  });

  it("find JSON-escaped and \\x-escaped tokens", () => {
    const token = github("json");
    const json = `{"token": "${token.replace("_", "\\u005f")}"}`;
    expect(githubFindings(json).map((f) => [f.secret, f.decoded])).toEqual([[token, ["json"]]]);
    const hexEscaped = [...token].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join("");
    expect(githubFindings(`const t = '${hexEscaped}';`).map((f) => f.decoded)).toEqual([["escape"]]);
  });

  it("keep a JSON-escaped value's name beside it, for detectors that need one", () => {
    // An AWS secret key has no prefix: only its name says what it is. JSON encoders that escape
    // `/` write \u002F.
    const secret = `${randomChars("base64", 19, "escaped-aws")}/${randomChars("base64", 20, "escaped-aws-2")}`;
    const json = `{\n  "Aws": {\n    "SecretAccessKey": "${secret.replace("/", "\\u002F")}"\n  }\n}\n`;
    const found = scanText(json, { detectors: ["aws-secret-access-key"], path: "appsettings.json" });
    expect(found.map((f) => [f.secret, f.line, f.decoded])).toEqual([[secret, 3, ["json"]]]);
    // The name itself is context, never reported from the decoded text.
    const named = `{"password": "${randomChars("alnum", 12, "escaped-pw")}\\u002F${randomChars("alnum", 8, "escaped-pw-2")}"}`;
    expect(scanText(named, { detectors: ["generic-password"] }).map((f) => f.decoded)).toEqual([["json"]]);
  });

  it("find text gzipped in base64 (cloud-init gz+b64, Helm release Secrets), within a size cap", () => {
    const token = github("gzip");
    const gz = (text: string) => gzipSync(Buffer.from(text)).toString("base64");
    const cloudInit = `write_files:\n  - path: /root/.config/gh/hosts.yml\n    encoding: gz+b64\n    content: ${gz(`github.com:\n  oauth_token: ${token}\n`)}\n`;
    expect(githubFindings(cloudInit).map((f) => [f.secret, f.line, f.decoded])).toEqual([
      [token, 4, ["base64+gzip"]],
    ]);
    // A Helm release Secret: the Secret's base64 of the release's gzip in base64.
    const helm = `kind: Secret\ntype: helm.sh/release.v1\ndata:\n  release: ${base64(gz(JSON.stringify({ config: { token } })))}\n`;
    expect(githubFindings(helm, { path: "release.yaml" }).map((f) => f.decoded)).toEqual([
      ["base64", "base64+gzip"],
    ]);
    // Past the cap on gunzipped text, nothing is decoded, whatever it holds.
    const bomb = `content: ${gz(`${"a".repeat(5 * 1024 * 1024)} ${token}`)}\n`;
    expect(githubFindings(bomb)).toEqual([]);
  });

  it("find a JSON-escaped token inside base64 (base64 > json)", () => {
    const token = github("b64-json");
    const json = `{"auth": {"token": "${token.replace("_", "\\u005f")}"}}`;
    const found = githubFindings(`credentials: ${base64(json)}\n`);
    expect(found.map((f) => [f.secret, f.column, f.decoded])).toEqual([[token, 14, ["base64", "json"]]]);
  });

  it("find hex-encoded text", () => {
    const token = github("hex");
    const found = githubFindings(`secret_hex = ${Buffer.from(`${token}\n`).toString("hex")}`);
    expect(found.map((f) => [f.secret, f.column, f.decoded])).toEqual([[token, 14, ["hex"]]]);
  });

  it("find base64 of base64 at depth 2, not at depth 1 nor 0", () => {
    const token = github("nested");
    const text = `x: ${base64(base64(token))}\n`;
    expect(githubFindings(text).map((f) => f.decoded)).toEqual([["base64", "base64"]]);
    expect(githubFindings(text, { maxDecodeDepth: 1 })).toEqual([]);
    expect(githubFindings(`y: ${base64(token)}`, { maxDecodeDepth: 0 })).toEqual([]);
    expect(() => githubFindings("y", { maxDecodeDepth: 1.5 })).toThrow(UsageError);
  });

  it("report a secret once when it is both in clear and encoded", () => {
    const token = github("twice");
    const found = githubFindings(`a: ${token}\nb: ${base64(token)}\n`);
    expect(found.map((f) => [f.line, f.decoded])).toEqual([[1, undefined]]);
  });

  it("leave ordinary code, hashes and identifiers alone", () => {
    const code = [
      "const getOwnPropertyDescriptorsPolyfill = require('x');",
      `integrity sha512-${randomChars("base64", 86, "sri")}==`,
      `commit ${randomChars("hex", 40, "sha")}`,
      "width: 100%; content: '%s %d'; path = '/usr/local/lib/node_modules/some-package/dist'",
    ].join("\n");
    expect(decodeSpans(Buffer.from(code))).toEqual([]);
  });

  it("keep bounded work on a hostile long base64 line", () => {
    const token = github("hostile");
    const printable = base64(`${"A readable line of text. ".repeat(400_000)}${token}`);
    const started = performance.now();
    const found = githubFindings(`blob: ${printable}\n${"QUJD".repeat(1_000_000)}\n`);
    expect(performance.now() - started).toBeLessThan(5000);
    // Runs longer than 64 KB are embedded files, not credentials: not decoded.
    expect(found).toEqual([]);
  });

  it("count encoded text too large to decode as not scanned, by its line, and binary runs not", async () => {
    const gz = (text: string) => gzipSync(Buffer.from(text)).toString("base64");
    const root = tempTree({
      "values.yaml": `replicas: 1\nconfig: ${base64("key = value\n".repeat(8000))}\n`,
      "cloud-init.yaml": `a: 1\nb: 2\ncontent: ${gz("a".repeat(5 * 1024 * 1024))}\n`,
      "font.css": `src: url(data:font/woff2;base64,${Buffer.alloc(70_000, 0x89).toString("base64")});\n`,
      "small.txt": `x: ${base64("nothing to see here, only text")}\n`,
    });
    const { stats } = await scan({ paths: [root], workers: 0 });
    expect(stats.files).toBe(4);
    expect(stats.skippedBy?.["size limit"]).toBe(2);
    expect(stats.skippedPaths?.["size limit"]?.map((path) => path.slice(root.length + 1))).toEqual([
      "cloud-init.yaml!encoded-text-at-line-3",
      "values.yaml!encoded-text-at-line-2",
    ]);
    const strict = runCli(["scan", root, "--strict"]);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain("2 size limit");
    // Without decoding, nothing is counted: the user asked for none.
    const plain = await scan({ paths: [root], workers: 0, maxDecodeDepth: 0 });
    expect(plain.stats.skippedBy?.["size limit"]).toBe(0);
  });
});

describe("UTF-16 text", () => {
  const token = github("utf16");
  const text = `first line\nsecond line, é and 😀\n  token = ${token}\n`;
  const bom = { le: Buffer.from([0xff, 0xfe]), be: Buffer.from([0xfe, 0xff]) };
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.from(le).swap16();
  const cases: [string, Buffer][] = [
    ["LE with BOM", Buffer.concat([bom.le, le])],
    ["LE without BOM", le],
    ["BE with BOM", Buffer.concat([bom.be, be])],
    ["BE without BOM", be],
  ];

  for (const [name, bytes] of cases) {
    it(`is decoded and scanned: ${name}, with lines and columns of the text`, async () => {
      const root = tempTree({});
      const { writeFileSync } = await import("node:fs");
      writeFileSync(join(root, "notes.txt"), bytes);
      const result = await scan({ paths: [root], workers: 0, detectors: ["github-pat-classic"] });
      expect(result.stats.skipped).toBe(0);
      expect(result.findings.map((f) => [f.secret, f.line, f.column, f.path])).toEqual([
        [token, 3, 11, join(root, "notes.txt")],
      ]);
    });
  }

  it("is transcoded correctly when code units and surrogate pairs are split across pushes and chunks", () => {
    const long = `${"😀 filler é\n".repeat(3000)}key = ${token}\n`;
    const bytes = Buffer.concat([bom.le, Buffer.from(long, "utf16le")]);
    const scanner = new ChunkScanner(new Engine(catalog.filter((d) => d.id === "github-pat-classic")), 4096);
    scanner.begin("split.txt");
    for (let at = 0; at < bytes.length; at += 333) scanner.push(bytes.subarray(at, at + 333));
    const { findings, skipped } = scanner.end();
    expect(skipped).toBeUndefined();
    expect(findings.map((f) => [f.secret, f.line, f.column])).toEqual([[token, 3001, 7]]);
  });

  it("leaves binary files with NULs skipped", () => {
    const scanner = new ChunkScanner(new Engine(catalog.filter((d) => d.id === "github-pat-classic")));
    scanner.begin("image.bin");
    scanner.push(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    expect(scanner.end().skipped).toBe("binary");
  });
});

describe("--max-decode-depth", () => {
  it("shows the chain in text, JSON and SARIF, and is on by default", () => {
    const token = github("cli");
    const root = tempTree({ "secret.yaml": `data:\n  token: ${base64(token)}\n` });
    const text = runCli(["scan", root, "--max-decode-depth", "2"]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("decoded from base64");
    expect(text.stdout).not.toContain(token.slice(4));
    const json = JSON.parse(runCli(["scan", root, "-f", "json", "--max-decode-depth", "2"]).stdout);
    expect(json.findings[0]).toMatchObject({ line: 2, column: 10, decoded: ["base64"] });
    const sarif = JSON.parse(runCli(["scan", root, "-f", "sarif", "--max-decode-depth", "2"]).stdout);
    expect(sarif.runs[0].results[0].properties.decoded).toEqual(["base64"]);
    expect(runCli(["scan", root, "--max-decode-depth", "0"]).status).toBe(0);
    expect(runCli(["scan", root]).status).toBe(1);
  });

  it("reaches worker threads", () => {
    const token = github("workers");
    const root = tempTree({ "secret.yaml": `data:\n  token: ${base64(token)}\n` });
    const found = JSON.parse(
      runCli(["scan", root, "-f", "json", "--workers", "1", "--max-decode-depth", "2"]).stdout,
    );
    expect(found.findings.map((f: { decoded?: string[] }) => f.decoded)).toEqual([["base64"]]);
    expect(runCli(["scan", root, "--workers", "1", "--max-decode-depth", "0"]).status).toBe(0);
  });

  it("rejects a bad depth in one line", () => {
    const result = runCli(["scan", ".", "--max-decode-depth", "-1"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^keyhound: .*decode depth/);
  });
});
