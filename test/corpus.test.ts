import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { randomChars } from "../src/catalog/synth.js";
import type { ExampleSource } from "../src/catalog/types.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const text = (source: ExampleSource) => (typeof source === "function" ? source() : source);
/** File names in the shapes users keep credentials in; the engine must not depend on them. */
const FILE_KINDS = [
  ".env",
  "config.yaml",
  "settings.json",
  "app.py",
  "client.ts",
  "main.tf",
  "Dockerfile",
  "notes.txt",
];

interface JsonFinding {
  detector: string;
  path: string;
}

/** Every severity: the catalog's examples include keys public by design (info). */
function scanJson(dir: string): JsonFinding[] {
  const result = runCli(["scan", ".", "--format", "json", "--no-gitignore", "--severity", "info"], {
    cwd: dir,
  });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout).findings;
}

describe("end-to-end corpus built from the catalog", () => {
  it("finds every detector's every example, written to realistic files", () => {
    const files: Record<string, string> = {};
    const expected = new Map<string, string>();
    let n = 0;
    for (const detector of catalog) {
      detector.examples.forEach((example, i) => {
        const name = detector.file?.examplePath ?? FILE_KINDS[n++ % FILE_KINDS.length];
        const path = `${detector.id}/${i}/${name}`;
        files[path] = `${text(example)}\n`;
        expected.set(path, detector.id);
      });
    }
    const found = scanJson(tempTree(files));
    const missed = [...expected].filter(
      ([path, id]) => !found.some((f) => f.path === path && f.detector === id),
    );
    expect(missed.map(([path, id]) => `${id} not found in ${path}`)).toEqual([]);
  });

  // A negative may be another vendor's credential on purpose (a Paystack key is a negative of
  // the Stripe detector), so only its own detector must stay silent; look-alikes that no
  // detector may report are tested below and in generic.test.ts.
  it("reports none of the catalog's negatives under the detector they are written for", () => {
    const files: Record<string, string> = {};
    for (const detector of catalog) {
      detector.negatives.forEach((negative, i) => {
        const name = detector.file?.examplePath ?? FILE_KINDS[i % FILE_KINDS.length];
        files[`${detector.id}/${i}/${name}`] = `${text(negative)}\n`;
      });
    }
    const found = scanJson(tempTree(files));
    const own = found.filter((f) => f.path.startsWith(`${f.detector}/`));
    expect(own.map((f) => `${f.detector} in ${f.path}`)).toEqual([]);
  });

  it("reports nothing in files full of look-alikes: hashes, UUIDs, integrity strings, public keys", () => {
    const sha512 = (s: string) => createHash("sha512").update(s).digest("base64");
    const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
    const uuid = (label: string) => {
      const h = randomChars("hexLower", 32, label);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    };
    const sshPublic = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${randomChars("base64", 43, "ssh-pub")} dev@laptop`;
    const certificate = [
      "-----BEGIN CERTIFICATE-----",
      ...Array.from({ length: 12 }, (_, i) => randomChars("base64", 64, `cert-${i}`)),
      "-----END CERTIFICATE-----",
    ].join("\n");
    const publicKey = [
      "-----BEGIN PUBLIC KEY-----",
      ...Array.from({ length: 6 }, (_, i) => randomChars("base64", 64, `pub-${i}`)),
      "-----END PUBLIC KEY-----",
    ].join("\n");
    const files = {
      "package-lock.json": JSON.stringify(
        {
          packages: Object.fromEntries(
            Array.from({ length: 30 }, (_, i) => [
              `node_modules/pkg-${i}`,
              {
                version: `1.${i}.0`,
                resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.${i}.0.tgz`,
                integrity: `sha512-${sha512(`pkg-${i}`)}`,
              },
            ]),
          ),
        },
        null,
        2,
      ),
      "yarn.lock": Array.from(
        { length: 20 },
        (_, i) =>
          `pkg-${i}@^1.0.0:\n  version "1.0.${i}"\n  integrity sha1-${createHash("sha1").update(`y${i}`).digest("base64")}\n`,
      ).join("\n"),
      "go.sum": Array.from(
        { length: 20 },
        (_, i) =>
          `github.com/acme/mod${i} v1.0.${i} h1:${createHash("sha256").update(`g${i}`).digest("base64")}`,
      ).join("\n"),
      "CHANGELOG.md": Array.from(
        { length: 20 },
        (_, i) => `- ${sha1(`c${i}`)} fix thing ${i} (${uuid(`u${i}`)})`,
      ).join("\n"),
      "keys/id_ed25519.pub": `${sshPublic}\n`,
      "certs/server.crt": `${certificate}\n`,
      "certs/public.pem": `${publicKey}\n`,
      "src/ids.ts": `export const REQUEST_ID = "${uuid("req")}";\nexport const COMMIT = "${sha1("commit")}";\nexport const CHECKSUM = "${createHash("sha256").update("x").digest("hex")}";\n`,
      "styles.css": `.logo { background: url(data:image/png;base64,${randomChars("base64", 400, "png")}); }\n`,
      ".env.example":
        "ANTHROPIC_API_KEY=\nOPENAI_API_KEY=your-key-here\nDATABASE_URL=postgres://user:password@localhost:5432/app\n",
    };
    const found = scanJson(tempTree(files));
    expect(found.map((f) => `${f.detector} in ${f.path}`)).toEqual([]);
  });
});
