import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import type { Detector } from "../src/catalog/types.js";
import { scanText } from "../src/scan/text.js";
import { runCliAsync } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";
import { DOCUMENTED } from "./helpers/vendor-samples.js";
import { type Scenario, startVendorServer, type VendorServer } from "./helpers/vendor-server.js";

const byId = (id: string) => catalog.find((d) => d.id === id) as Detector;
const github = byId("github-pat-classic");
const privateKey = byId("rsa-private-key");
/** A detector's first example, and the secret a scan finds in it. */
function example(detector: Detector) {
  const source = detector.examples[0];
  const text = typeof source === "function" ? source() : (source as string);
  return { text, secret: scanText(text, { catalog: [detector] })[0]?.secret as string };
}

let server: VendorServer;
beforeAll(async () => {
  const answers = DOCUMENTED.find((v) => v.detector === github.id)?.answers ?? {};
  server = await startVendorServer([github], { [github.id]: answers });
});
afterAll(() => server.close());
const baseUrl = (scenario: Scenario | "documented") => [
  "--verify-base-url",
  `${github.id}=${server.baseUrl(scenario, github.id)}`,
];

describe("keyhound verify", () => {
  it("verifies a secret piped in, finding its detector by pattern; exit 1 when live", async () => {
    const { text, secret } = example(github);
    const result = await runCliAsync(["verify", ...baseUrl("live")], { input: text });
    expect(result.stdout).toContain("github-pat-classic");
    expect(result.stdout).toContain(`LIVE (${new URL(server.origin).host}: header x-oauth-scopes present)`);
    expect(result.stdout).not.toContain(secret);
    expect(result.status).toBe(1);
  });

  it("takes a bare secret with --detector; exit 0 when revoked", async () => {
    const { secret } = example(github);
    const result = await runCliAsync(["verify", "--detector", github.id, ...baseUrl("dead")], {
      input: `${secret}\n`,
    });
    expect(result.stdout).toContain("revoked or invalid (");
    expect(result.stdout).toContain("status 401 is in dead");
    expect(result.status).toBe(0);
  });

  it("says a private key is unverifiable and sends nothing", async () => {
    const before = server.requests.length;
    const result = await runCliAsync(["verify"], { input: example(privateKey).text });
    expect(result.stdout).toContain("rsa-private-key");
    expect(result.stdout).toContain("unverifiable (no safe check for this kind of secret)");
    expect(result.status).toBe(0);
    expect(server.requests.length).toBe(before);
  });

  it("re-verifies a JSON report at its recorded places, skipping what changed", async () => {
    const { text } = example(github);
    const root = tempTree({ "config/.env": `${text}\n`, "other.txt": `${text}\n` });
    const scanned = await runCliAsync(["scan", ".", "--format", "json", "--output", "report.json"], {
      cwd: root,
    });
    expect(scanned.status).toBe(1);
    const report = JSON.parse(readFileSync(join(root, "report.json"), "utf8"));
    expect(report.findings).toHaveLength(2);
    writeFileSync(join(root, "other.txt"), `# rotated\n${text}\n`); // moved one line down
    const result = await runCliAsync(["verify", "--from", "report.json", ...baseUrl("live")], { cwd: root });
    const lines = result.stdout.trim().split("\n");
    expect(lines.find((l) => l.startsWith("config/.env:"))).toContain("LIVE (");
    expect(lines.find((l) => l.startsWith("other.txt:"))).toContain("skipped (changed since the report)");
    expect(result.status).toBe(1);
  });

  it("reports bad input in one line with exit 2", async () => {
    const root = tempTree({
      "not-json.json": "nope",
      "sarif.json": '{"version":"2.1.0","runs":[]}',
    });
    for (const [args, message] of [
      [["--from", "missing.json"], "keyhound: cannot read missing.json: no such file"],
      [["--from", "not-json.json"], "keyhound: not-json.json is not JSON"],
      [["--from", "sarif.json"], "keyhound: sarif.json is not a keyhound JSON report"],
      [["--detector", "githbu-pat-classic"], 'keyhound: unknown detector "githbu-pat-classic"; did you mean'],
      [
        ["--verify-base-url", "nope=http://127.0.0.1:1"],
        'keyhound: --verify-base-url: unknown detector "nope"',
      ],
      [["--verify-base-url", `${privateKey.id}=http://127.0.0.1:1`], "has no live check"],
      [["--verify-base-url", "github-pat-classic=ftp://x"], "is not an http or https URL"],
    ] as const) {
      const result = await runCliAsync(["verify", ...args], { cwd: root, input: "x" });
      expect(result.stderr, args.join(" ")).toContain(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.status).toBe(2);
    }
    const empty = await runCliAsync(["verify"], { input: "" });
    expect(empty.stderr).toBe("keyhound: standard input is empty: pipe in the secret to verify\n");
    const unknown = await runCliAsync(["verify"], { input: "hello world" });
    expect(unknown.stderr).toContain("no detector recognises the input; name one with --detector ID");
    expect(unknown.status).toBe(2);
  });
});

describe("scan --verify evidence and --only-verified", () => {
  it("keeps only live findings and says how many it left out", async () => {
    const root = tempTree({
      ".env": `${example(github).text}\n`,
      id_rsa: example(privateKey).text,
    });
    const result = await runCliAsync(
      ["scan", ".", "--only-verified", "--format", "json", ...baseUrl("live")],
      {
        cwd: root,
      },
    );
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { detector: string }) => f.detector)).toEqual(["github-pat-classic"]);
    expect(result.stderr).toBe(
      "keyhound: --only-verified left out 1 finding (1 unverifiable); run without it to see them\n",
    );
    expect(result.status).toBe(1);
  });

  it("exits 0 when nothing is live, leaving out what could not be told", async () => {
    const root = tempTree({ ".env": `${example(github).text}\n` });
    const result = await runCliAsync(["scan", ".", "--only-verified", ...baseUrl("rate-limited")], {
      cwd: root,
    });
    expect(result.stderr).toContain("left out 1 finding (1 unknown)");
    expect(result.status).toBe(0);
  });

  it("writes the outcome's evidence in JSON, SARIF and text, never the secret or the body", async () => {
    const { text, secret } = example(github);
    const root = tempTree({ ".env": `${text}\n` });
    const host = new URL(server.origin).host;
    const json = await runCliAsync(["scan", ".", "--verify", "--format", "json", ...baseUrl("live")], {
      cwd: root,
    });
    expect(JSON.parse(json.stdout).findings[0].verification).toEqual({
      status: "live",
      detail: "accepted by the vendor",
      endpoint: host,
      httpStatus: 200,
      rule: "header x-oauth-scopes present",
      checkedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    const sarif = await runCliAsync(["scan", ".", "--verify", "--format", "sarif", ...baseUrl("dead")], {
      cwd: root,
    });
    expect(JSON.parse(sarif.stdout).runs[0].results[0].properties).toMatchObject({
      verification: "dead",
      verificationEndpoint: host,
      verificationHttpStatus: 401,
      verificationRule: "status 401 is in dead",
    });
    const textReport = await runCliAsync(["scan", ".", "--verify", ...baseUrl("server-error")], {
      cwd: root,
    });
    expect(textReport.stdout).toContain("unverified (server error)");
    for (const output of [json.stdout, sarif.stdout, textReport.stdout]) {
      expect(output).not.toContain(secret);
      expect(output).not.toContain("example"); // the canned body's values
    }
  });
});

describe("--analyze", () => {
  const said = "octocat (scopes: repo, gist; expires: 2026-03-01 12:00:00 UTC)";

  it("shows who a live key is in text, JSON, SARIF and HTML, implying --verify, never the secret", async () => {
    const { text, secret } = example(github);
    const root = tempTree({ ".env": `${text}\n` });
    const run = (...args: string[]) =>
      runCliAsync(["scan", ".", "--analyze", ...args, ...baseUrl("documented")], { cwd: root });
    const [textReport, json, sarif, html] = await Promise.all([
      run(),
      run("--format", "json"),
      run("--format", "sarif"),
      run("--format", "html"),
    ]);
    expect(textReport.stdout).toContain(`\n      live: ${said}\n`);
    const analysis = { identity: "octocat", scopes: ["repo", "gist"], expires: "2026-03-01 12:00:00 UTC" };
    expect(JSON.parse(json.stdout).findings[0].verification).toMatchObject({ status: "live", analysis });
    expect(JSON.parse(sarif.stdout).runs[0].results[0].properties.verificationAnalysis).toEqual(analysis);
    expect(html.stdout).toContain(`<strong>Live as:</strong> ${said}`);
    for (const output of [textReport, json, sarif, html]) {
      expect(output.stdout).not.toContain(secret);
      expect(output.status).toBe(1);
    }
  });

  it("is not run by --verify alone", async () => {
    const root = tempTree({ ".env": `${example(github).text}\n` });
    const result = await runCliAsync(["scan", ".", "--verify", ...baseUrl("documented")], { cwd: root });
    expect(result.stdout).toContain("LIVE (");
    expect(result.stdout).not.toContain("live: ");
  });

  it("keyhound verify --analyze says it under the outcome", async () => {
    const { text, secret } = example(github);
    const result = await runCliAsync(["verify", "--analyze", ...baseUrl("documented")], { input: text });
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("LIVE (");
    expect(lines[1]).toBe(`  live: ${said}`);
    expect(result.stdout).not.toContain(secret);
    expect(result.status).toBe(1);
  });
});
