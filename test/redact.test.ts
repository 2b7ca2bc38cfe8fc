import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { catalog, type Detector, redact, scanText } from "../src/index.js";

const example = (id: string, index = 0): string => {
  const source = catalog.find((d) => d.id === id)?.examples[index];
  if (source === undefined) throw new Error(`no example ${index} for ${id}`);
  return typeof source === "string" ? source : source();
};

const testDetector: Detector = {
  id: "test-token",
  name: "Test token",
  vendor: "Test",
  family: "API Key",
  severity: "high",
  description: "A token used by the redaction tests.",
  security: ["none"],
  mitigation: { revoke: "Nothing to revoke: this detector exists for the tests only." },
  keywords: ["tk_"],
  // No boundary after the token: the match may stop inside a longer run.
  pattern: /(?<secret>tk_[A-Za-z0-9]{32})/,
  examples: [],
  negatives: [],
};

describe("redaction", () => {
  it("shows a private key block's opening line, not its end marker", () => {
    const [finding] = scanText(example("rsa-private-key"), { path: "id_rsa" });
    expect(finding?.redacted).toBe("-----BEGIN RSA PRIVATE KEY-----…");
    expect(finding?.snippet).toBe("-----BEGIN RSA PRIVATE KEY-----…");
    // The same in a JSON string, where the line breaks are written as \n.
    const [inJson] = scanText(example("rsa-private-key", 1), { path: "key.json" });
    expect(inJson?.snippet).toBe('{"key": "-----BEGIN RSA PRIVATE KEY-----…\\n"}');
    expect(redact("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n")).toBe(
      "PuTTY-User-Key-File-3: ssh-ed25519…",
    );
    expect(redact("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nSubject: me\n")).toBe(
      "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----…",
    );
  });

  it("keeps the prefix, 3 leading and 2 trailing characters of a long body, fewer of a short one", () => {
    const body = randomChars("alnum", 40, "redact-long");
    expect(redact(`tk_${body}`, 3)).toBe(`tk_${body.slice(0, 3)}…${body.slice(-2)}`);
    expect(redact("abcdefghijklmn")).toBe("ab…");
    expect(redact("short")).toBe("*****");
  });

  it("hides the rest of a token when the match stops inside it", () => {
    const token = `tk_${randomChars("alnum", 32, "redact-rest")}`;
    const rest = `${randomChars("alnum", 12, "redact-rest-2")}/+=_-x`;
    const [finding] = scanText(`KEY=${token}${rest} # the rest`, { catalog: [testDetector] });
    expect(finding?.snippet).toBe(`KEY=${redact(token, 3)}… # the rest`);
    expect(finding?.snippet).not.toContain(rest.slice(0, 4));
  });

  it("hides a companion value found on the secret's line, as the finding redacts it", () => {
    const pair = example("aws-secret-access-key", 7);
    const [finding] = scanText(pair, { path: "creds.json" });
    const keyId = finding?.companions?.[0]?.value as string;
    expect(pair).toContain(keyId);
    expect(finding?.snippet).not.toContain(keyId);
    expect(finding?.snippet).toContain(`"awsAccessKey":"${redact(keyId)}"`);
  });

  it("shows no catalog example's secret or companion value in clear in its snippet", () => {
    let checked = 0;
    for (const detector of catalog) {
      for (const source of detector.examples) {
        const text = typeof source === "string" ? source : source();
        for (const finding of scanText(text)) {
          checked++;
          const hidden = [finding.secret, ...(finding.companions ?? []).map((c) => c.value)];
          // A value the example also holds elsewhere (a Twilio SID built from the same random
          // characters as its token) may show there.
          const once = (value: string) => value.length >= 8 && text.split(value).length === 2;
          for (const value of hidden.filter(once)) {
            expect(finding.snippet, `${finding.detectorId}: ${finding.snippet}`).not.toContain(value);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
