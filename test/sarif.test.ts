import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { runCli } from "./helpers/cli.js";
import { removeDir, tempDir, writeFiles } from "./helpers/temp.js";

const require = createRequire(import.meta.url);
// Both packages are CommonJS with `exports.default`; under NodeNext the default import is the
// module object, so take its `default`.
const Ajv = (AjvDraft04 as unknown as { default: typeof AjvDraft04.default }).default;
const addFormats = (ajvFormats as unknown as { default: typeof ajvFormats.default }).default;
// The official OASIS SARIF 2.1.0 schema, as shipped by Microsoft's SARIF tooling on npm.
const schema = JSON.parse(
  readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
);

describe("SARIF report", () => {
  const key = `sk-ant-api03-${randomChars("base64url", 93, "sarif")}AA`;
  const admin = `sk-ant-admin01-${randomChars("base64url", 93, "sarif-admin")}AA`;
  const dir = tempDir("sarif");
  afterAll(() => removeDir(dir));
  writeFiles(dir, {
    "src/config.ts": `export const key = "${key}";\n`,
    "deploy/values.yaml": `anthropic:\n  admin: ${admin}\n`,
    "assets/logo.png": "not scanned: a binary file's extension\n",
  });
  const sarif = JSON.parse(runCli(["scan", ".", "--format", "sarif"], { cwd: dir }).stdout);

  it("validates against the official SARIF 2.1.0 JSON schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("meets what GitHub code scanning needs: relative URIs, rules with help and severity, fingerprints", () => {
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("keyhound");
    expect(run.results).toHaveLength(2);
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds.sort()).toEqual(["anthropic", "anthropic-admin"]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text).toContain("Mitigation / Fix");
      expect(rule.help.markdown).toContain("**Mitigation / Fix**");
      expect(Number(rule.properties["security-severity"])).toBeGreaterThan(0);
    }
    for (const result of run.results) {
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).not.toMatch(/^\//);
      expect(location.region.startLine).toBeGreaterThan(0);
      expect(result.partialFingerprints["keyhound/v1"]).toMatch(/^[0-9a-f]{32}$/);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
  });

  it("tells what was not scanned, by reason, in the invocation's notifications", () => {
    const [invocation] = sarif.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        descriptor: { id: "not-scanned/binary" },
        level: "note",
        message: { text: "1 not scanned (binary): assets/logo.png" },
        locations: [
          { physicalLocation: { artifactLocation: { uri: "assets/logo.png", uriBaseId: "%SRCROOT%" } } },
        ],
        properties: { reason: "binary", count: 1 },
      },
    ]);
  });

  it("never contains a secret, even with --no-redact", () => {
    const clear = runCli(["scan", ".", "--format", "sarif", "--no-redact"], { cwd: dir }).stdout;
    expect(JSON.stringify(sarif)).not.toContain(key);
    expect(clear).not.toContain(key);
    expect(clear).not.toContain(admin);
  });
});
