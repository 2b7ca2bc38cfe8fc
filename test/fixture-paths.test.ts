import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { isFixturePath } from "../src/findings/fixture-paths.js";
import { scanText } from "../src/scan/text.js";
import { runCli } from "./helpers/cli.js";
import { anthropicKey } from "./helpers/git-repo.js";
import { tempTree } from "./helpers/temp.js";

/*
 * A context rule's finding (confidence below high) in a test, fixture, mock, example or docs
 * path is reported at low confidence; --min-confidence then leaves it out.
 */

const laravelKey = (label: string) => `APP_KEY=base64:${randomChars("base64", 43, `fixture-path-${label}`)}=`;

describe("fixture paths", () => {
  it.each([
    "tests/settings.py",
    "src/__tests__/login.ts",
    "pkg/testdata/config.json",
    "spec/fixtures/users.yml",
    "app/__mocks__/api.js",
    "examples/basic/.env",
    "docs/setup.md",
    "internal/dsn_test.go",
    "web/login.spec.ts",
    "test_views.py",
    "config.json.sample",
    "apis/iam-2010-05-08.examples.json",
    "openstack/identity/doc.go",
    "README.md",
  ])("%s is a fixture path", (path) => {
    expect(isFixturePath(path)).toBe(true);
  });

  it.each([
    "src/config/.env",
    "app/settings.py",
    "lib/latest.json",
    "contest/entries.yml",
    "docker/production.env",
    "testimony/notes.txt",
  ])("%s is not", (path) => {
    expect(isFixturePath(path)).toBe(false);
  });
});

describe("confidence of findings in fixture paths", () => {
  it("lowers a context rule's finding to low, and leaves a vendor format's as it is", () => {
    const text = `${laravelKey("lower")}\nANTHROPIC_API_KEY=${anthropicKey("fixture-path")}\n`;
    const confidence = (path: string) =>
      Object.fromEntries(scanText(text, { path }).map((f) => [f.detectorId, f.confidence]));
    expect(confidence("config/.env")).toEqual({ "laravel-app-key": "medium", anthropic: "high" });
    expect(confidence("tests/fixtures/.env")).toEqual({ "laravel-app-key": "low", anthropic: "high" });
  });

  it("--min-confidence medium leaves out the lowered findings, and low keeps them", () => {
    const dir = tempTree({
      "config/.env": `${laravelKey("app")}\n`,
      "tests/.env": `${laravelKey("test")}\n`,
    });
    const paths = (args: string[]) => {
      const result = runCli(["scan", ".", "--format", "json", ...args], { cwd: dir });
      return (JSON.parse(result.stdout).findings as { path: string }[]).map((f) => f.path).sort();
    };
    expect(paths([])).toEqual(["config/.env", "tests/.env"]);
    expect(paths(["--min-confidence", "low"])).toEqual(["config/.env", "tests/.env"]);
    expect(paths(["--min-confidence", "medium"])).toEqual(["config/.env"]);
    expect(paths(["--min-confidence", "high"])).toEqual([]);
  });

  it("judges a root named outside the working directory by the paths inside it", () => {
    const dir = tempTree({ "docs/app/config/.env": `${laravelKey("outside")}\n`, "cwd/.keep": "" });
    const confidenceIn = (root: string) => {
      const result = runCli(["scan", root, "--format", "json"], { cwd: join(dir, "cwd") });
      return (JSON.parse(result.stdout).findings as { confidence: string }[]).map((f) => f.confidence);
    };
    expect(confidenceIn(join(dir, "docs", "app"))).toEqual(["medium"]);
    expect(confidenceIn("../docs/app")).toEqual(["medium"]);
    expect(confidenceIn(dir)).toEqual(["low"]);
  });
});

describe("generic values repeated in a fixture path", () => {
  const token = randomChars("alnum", 32, "fixture-path-repeated");
  const twice = `{"token": "${token}"}\n// later, the response:\n{"token": "${token}", "id": 1}\n`;
  const generic = (text: string, path: string) =>
    scanText(text, { path }).filter((f) => f.detectorId.startsWith("generic"));

  it("drops a generic rule's value written twice in a test file, and keeps one written once", () => {
    expect(generic(twice, "api/runners_test.go")).toEqual([]);
    const once = generic(`{"token": "${token}"}\n`, "api/runners_test.go");
    expect(once.map((f) => [f.secret, f.confidence])).toEqual([[token, "low"]]);
  });

  it("keeps repeated values outside fixture paths: a real file may name a password twice", () => {
    expect(generic(twice, "api/runners.go")).toHaveLength(2);
  });

  it("keeps a vendor format however often a test repeats it", () => {
    const key = `ANTHROPIC_API_KEY=${anthropicKey("fixture-repeated")}\n`;
    const found = scanText(`${key}${key}`, { path: "tests/settings.py" });
    expect(found.map((f) => f.detectorId)).toEqual(["anthropic", "anthropic"]);
  });

  it("judges a root named outside the working directory by the paths inside it", () => {
    const dir = tempTree({ "tests/app/src/runners.go": twice, "cwd/.keep": "" });
    const countIn = (root: string) => {
      const result = runCli(["scan", root, "--format", "json"], { cwd: join(dir, "cwd") });
      return (JSON.parse(result.stdout).findings as unknown[]).length;
    };
    expect(countIn(join(dir, "tests", "app"))).toBe(2);
    expect(countIn("../tests/app")).toBe(2);
    expect(countIn(dir)).toBe(0);
  });
});
