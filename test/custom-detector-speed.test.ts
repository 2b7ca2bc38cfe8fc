import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { randomChars } from "../src/catalog/synth.js";
import { UsageError } from "../src/errors.js";
import { loadConfig } from "../src/index.js";
import { type CustomDetectorSpec, compileCustomDetector } from "../src/policy/custom-detectors.js";
import { tooSlowPattern } from "../src/policy/pattern-speed.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

/*
 * A custom detector's pattern runs on hostile lines in a worker with a timeout before anything
 * runs it in the calling thread: one that backtracks is rejected with one line (exit 2)
 * instead of hanging a scan or `keyhound detectors --check`.
 */

const acmeKey = (label: string) => `acme_live_${randomChars("alpha", 32, label).toLowerCase()}`;

function acmeSpec(pattern: string): CustomDetectorSpec {
  return {
    id: "acme-live-key",
    name: "Acme live API key",
    vendor: "Acme",
    family: "api-key",
    severity: "high",
    description: "A live key for the Acme API.",
    security: ["Full access to the Acme account it belongs to."],
    mitigation: { revoke: "Revoke the key in the Acme console under Settings > API keys, then rotate it." },
    keywords: ["acme_live_"],
    pattern,
    examples: [`ACME_KEY=${acmeKey("speed-example")}`],
    negatives: ["acme_live_short!"],
  };
}

const config = (pattern: string) => JSON.stringify({ detectors: { custom: [acmeSpec(pattern)] } });
/** Exponential on a run of `a` that does not end the line: `(a+)+$` is the classic. */
const CATASTROPHIC = "acme_live_(?<secret>(?:[a-z]+)+)$";
/** Quadratic: fast on a short line, minutes on a 256 KB one. */
const QUADRATIC = "(?<secret>acme_live_[a-z]{32}|[a-z]+X)";
const FINE = "(?<secret>acme_live_[a-z]{32})";

const compiled = (pattern: string) =>
  compileCustomDetector(acmeSpec(pattern), (field, problem) => {
    throw new Error(`${field}: ${problem}`);
  });

describe("custom detector pattern speed", () => {
  it("tooSlowPattern passes linear patterns, the built-in ones included, and names a backtracking one", () => {
    expect(
      tooSlowPattern([compiled(FINE), ...catalog.slice(0, 20)], { lineBytes: 8192, timeoutMs: 5000 }),
    ).toBe(undefined);
    const slow = compiled(CATASTROPHIC);
    expect(tooSlowPattern([compiled(FINE), slow], { lineBytes: 8192, timeoutMs: 1000 })).toBe(slow);
  });

  it("loading a configuration rejects a catastrophic pattern with one line", () => {
    const dir = tempTree({ ".keyhound.json": config(CATASTROPHIC) });
    expect(() => loadConfig({ from: dir })).toThrow(UsageError);
    expect(() => loadConfig({ from: dir })).toThrow(/detectors\.custom\[0\]\.pattern: too slow/);
    expect(loadConfig({ from: tempTree({ ".keyhound.json": config(FINE) }) }).detectors.at(-1)?.id).toBe(
      "acme-live-key",
    );
  });

  it("a scan and detectors --check stop with exit 2 and one line instead of hanging", () => {
    const dir = tempTree({ ".keyhound.json": config(CATASTROPHIC), "app.env": `KEY=${acmeKey("app")}\n` });
    for (const args of [
      ["scan", "."],
      ["detectors", "--check"],
    ]) {
      const result = runCli(args, { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(
        /^keyhound: \.keyhound\.json: detectors\.custom\[0\]\.pattern: too slow: over 2 s .*\(a\+\)\+.*\n$/,
      );
    }
  });

  it("detectors --check also rejects a pattern that is only slow on its long lines", () => {
    const dir = tempTree({ ".keyhound.json": config(QUADRATIC) });
    expect(runCli(["scan", "."], { cwd: dir }).status).toBe(0);
    const check = runCli(["detectors", "--check", "--vendor", "acme"], { cwd: dir });
    expect(check.status).toBe(2);
    expect(check.stdout).toBe("");
    expect(check.stderr).toMatch(
      /^keyhound: custom detector acme-live-key: pattern too slow: over 10 s on 256 KB .*\n$/,
    );
  });
});
