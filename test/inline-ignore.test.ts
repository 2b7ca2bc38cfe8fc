import { describe, expect, it } from "vitest";
import { pem, rsaDer } from "../src/catalog/examples/keys.js";
import { checksummedToken, randomChars } from "../src/catalog/synth.js";
import { CHUNK_SIZE } from "../src/scan/chunk-scanner.js";
import { scanText } from "../src/scan/text.js";

const github = (label: string) => checksummedToken("ghp_", 30, label);
const anthropic = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;
const detectorsIn = (text: string) => scanText(text).map((f) => f.detectorId);

describe("inline markers", () => {
  it("silence their own line, with or without a reason, and the other tools' markers too", () => {
    for (const marker of [
      "# keyhound:ignore",
      "# keyhound:ignore reviewed test fixture",
      "# keyhound:allow",
      "// gitleaks:allow",
      "# pragma: allowlist secret",
      "/* keyhound:ignore */",
    ]) {
      expect(detectorsIn(`TOKEN = "${github("same")}"  ${marker}\n`), marker).toEqual([]);
    }
  });

  it("no longer honour nosec, which Bandit and gosec use for unrelated lints", () => {
    expect(detectorsIn(`TOKEN = "${github("nosec")}"  # nosec B105\n`)).toEqual(["github-pat-classic"]);
  });

  it("silence the next line with keyhound:ignore-next-line, and only that line", () => {
    const text = `# keyhound:ignore-next-line\nA = "${github("n1")}"\nB = "${github("n2")}"\n`;
    expect(scanText(text).map((f) => f.line)).toEqual([3]);
    // A next-line marker says nothing about its own line.
    expect(detectorsIn(`A = "${github("n3")}"  # keyhound:ignore-next-line\n`)).toEqual([
      "github-pat-classic",
    ]);
  });

  it("silence only the detectors they name, by id or glob", () => {
    const line = `GH="${github("ids")}" ANT="${anthropic("ids")}"`;
    expect(detectorsIn(`${line}  # keyhound:ignore github-*\n`)).toEqual(["anthropic"]);
    expect(detectorsIn(`${line}  # keyhound:ignore anthropic\n`)).toEqual(["github-pat-classic"]);
    expect(detectorsIn(`# keyhound:ignore-next-line aws-access-key,github-*\n${line}\n`)).toEqual([
      "anthropic",
    ]);
    expect(detectorsIn(`# keyhound:ignore-next-line aws-*,anthropic\n${line}\n`)).toEqual([
      "github-pat-classic",
    ]);
    // A word that is no detector id is a reason: the marker silences every detector.
    expect(detectorsIn(`${line}  # keyhound:ignore fixture\n`)).toEqual([]);
    expect(detectorsIn(`${line}  # keyhound:ignore not-a-secret\n`)).toEqual([]);
    // A mistyped id silences nothing, so that the typo shows instead of hiding every secret.
    expect(detectorsIn(`${line}  # keyhound:ignore gihub-pat-classic\n`)).toEqual([
      "github-pat-classic",
      "anthropic",
    ]);
  });

  it("silence a PEM key from its BEGIN line or the line before it", () => {
    const key = pem("RSA PRIVATE KEY", rsaDer("marker"));
    expect(detectorsIn(`${key}\n`)).toEqual(["rsa-private-key"]);
    expect(detectorsIn(`${key.replace("-----\n", "----- keyhound:ignore\n")}\n`)).toEqual([]);
    expect(detectorsIn(`# keyhound:ignore-next-line rsa-private-key\n${key}\n`)).toEqual([]);
  });

  it("see the previous line of a secret past a chunk boundary", () => {
    const filler = "x".repeat(79);
    const lines = Math.ceil(CHUNK_SIZE / 80) + 10;
    const text = `${`${filler}\n`.repeat(lines)}# keyhound:ignore-next-line\nT = "${github("far")}"\n`;
    expect(text.length).toBeGreaterThan(CHUNK_SIZE);
    expect(detectorsIn(text)).toEqual([]);
  });
});
