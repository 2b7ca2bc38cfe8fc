import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { randomChars } from "../src/catalog/synth.js";
import type { Encoding } from "../src/engine/decode/index.js";
import { scanText } from "../src/scan/text.js";

/**
 * Recall of the decoders on credentials wrapped the way real files wrap them: each detector's
 * own first example gives a secret (found in clear first), which is then encoded into one of
 * the file shapes below and must be found again, at the encoded value's line and column, with
 * the chain of encodings. The detectors are vendors with self-identifying tokens, the kind a
 * decoded value can be recognised by without the key it was assigned to.
 */
const DETECTORS = [
  "github-pat-classic",
  "github-pat-fine-grained",
  "gitlab-pat",
  "slack-bot-token",
  "stripe-secret-key",
  "npm-access-token",
  "openai-project-key",
  "anthropic",
  "sendgrid-api-key",
  "gcp-api-key",
  "digitalocean-pat",
  "huggingface-access-token",
  "pypi-upload-token",
  "doppler-service-token",
  "linear-api-key",
  "postman-api-key",
  "databricks-token",
  "grafana-service-account-token",
  "dockerhub-personal-access-token",
  "onepassword-service-account-token",
  "shopify-admin-access-token",
  "pulumi-access-token",
  "sentry-user-auth-token",
  "rubygems-api-key",
];

const base64 = (text: string) => Buffer.from(text).toString("base64");
/** Percent-encodes the secret's first character, as a form or query encoder may. */
const percentFirst = (secret: string) =>
  `%${secret.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}${secret.slice(1)}`;

interface Shape {
  readonly name: string;
  readonly path: string;
  /** The file, and the encoded value whose start the finding must be reported at. */
  readonly wrap: (secret: string) => { file: string; encoded: string };
  readonly chain: readonly Encoding[];
}

const SHAPES: readonly Shape[] = [
  {
    name: "Kubernetes Secret data value",
    path: "k8s/secret.yaml",
    chain: ["base64"],
    wrap: (secret) => {
      const encoded = base64(secret);
      const file = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\ndata:\n  username: ${base64("deploy-bot")}\n  token: ${encoded}\n`;
      return { file, encoded };
    },
  },
  {
    name: "base64 value in a .env file",
    path: "service/.env",
    chain: ["base64"],
    wrap: (secret) => {
      const encoded = base64(secret);
      return { file: `NODE_ENV=production\nPORT=8080\nAPI_TOKEN_B64=${encoded}\n`, encoded };
    },
  },
  {
    name: "docker config.json auths",
    path: ".docker/config.json",
    chain: ["base64"],
    wrap: (secret) => {
      const encoded = base64(`ci-user:${secret}`);
      const file = JSON.stringify({ auths: { "registry.example.com": { auth: encoded } } }, null, 2);
      return { file: `${file}\n`, encoded };
    },
  },
  {
    name: "Authorization: Basic header",
    path: "requests/api.http",
    chain: ["base64"],
    wrap: (secret) => {
      const encoded = base64(`api:${secret}`);
      return {
        file: `GET https://api.example.com/v1/items\nAccept: application/json\nAuthorization: Basic ${encoded}\n`,
        encoded,
      };
    },
  },
  {
    name: "JSON blob in base64",
    path: "deploy/values.yaml",
    chain: ["base64"],
    wrap: (secret) => {
      const encoded = base64(JSON.stringify({ service: "billing", credentials: { token: secret } }));
      return { file: `replicas: 2\nconfigJson: ${encoded}\n`, encoded };
    },
  },
  {
    name: "base64 of a whole .env file",
    path: "terraform/main.tf",
    chain: ["base64"],
    wrap: (secret) => {
      const encoded = base64(`# generated\nDEBUG=0\nSERVICE_TOKEN=${secret}\nREGION=eu-west-1\n`);
      return {
        file: `resource "kubernetes_secret" "env" {\n  binary_data = {\n    ".env" = "${encoded}"\n  }\n}\n`,
        encoded,
      };
    },
  },
  {
    name: "double base64",
    path: "ci/vars.yml",
    chain: ["base64", "base64"],
    wrap: (secret) => {
      const encoded = base64(base64(secret));
      return { file: `variables:\n  WRAPPED: ${encoded}\n`, encoded };
    },
  },
  {
    name: "percent-encoded URL",
    path: "logs/access.log",
    chain: ["percent"],
    wrap: (secret) => {
      const encoded = `https://hooks.example.com/callback?access_token=${percentFirst(secret)}&state=42`;
      return {
        file: `127.0.0.1 - - [06/Dec/2026:10:00:00 +0000] "GET ${encoded} HTTP/1.1" 200 17\n`,
        encoded,
      };
    },
  },
];

/** The secret of a detector's first example, as found in clear. */
function secretOf(id: string): string {
  const detector = catalog.find((d) => d.id === id);
  if (detector === undefined) throw new Error(`no detector ${id}`);
  const example = detector.examples[0];
  const text = typeof example === "function" ? example() : (example as string);
  const [found] = scanText(text, { detectors: [id], maxDecodeDepth: 0 });
  if (found === undefined) throw new Error(`${id}: its first example is not found in clear`);
  return found.secret;
}

describe("decoder recall on base64-wrapped secrets in realistic files", () => {
  const cases = DETECTORS.map((id, index) => ({ id, shape: SHAPES[index % SHAPES.length] as Shape }));

  it("covers every file shape, with more than 20 detectors", () => {
    expect(new Set(cases.map((c) => c.shape.name)).size).toBe(SHAPES.length);
    expect(new Set(DETECTORS).size).toBe(DETECTORS.length);
    expect(DETECTORS.length).toBeGreaterThanOrEqual(20);
  });

  for (const { id, shape } of cases) {
    it(`${id} in a ${shape.name}`, () => {
      const secret = secretOf(id);
      const { file, encoded } = shape.wrap(secret);
      expect(file).not.toContain(secret);
      const at = file.indexOf(encoded);
      const lineStart = file.lastIndexOf("\n", at) + 1;
      const findings = scanText(file, { path: shape.path, maxDecodeDepth: 2 }).filter(
        (f) => f.secret === secret,
      );
      expect(findings.map((f) => [f.detectorId, f.line, f.column, f.decoded])).toEqual([
        [id, file.slice(0, at).split("\n").length, at - lineStart + 1, shape.chain],
      ]);
      // The encoded value is redacted in the snippet: neither it nor the secret shows.
      expect(findings[0]?.snippet).not.toContain(secret);
      expect(findings[0]?.snippet).not.toContain(encoded.slice(4, 24));
    });
  }
});

describe("base64 values recognised by their key (Kubernetes Secrets, values files, .env)", () => {
  const aws = () => {
    const id = `AKIA${randomChars("base32", 16, "keyed-aws-id")}`;
    const secret = randomChars("base64", 40, "keyed-aws-secret").replace(/[+/]/g, "k");
    return { id, secret };
  };

  it("finds short passwords and context-anchored keys in a Secret's data, at the encoded value", () => {
    const { id, secret } = aws();
    const password = `Vq${randomChars("alnum", 10, "keyed-password")}!7`;
    const file = [
      "apiVersion: v1",
      "kind: Secret",
      "type: Opaque",
      "data:",
      `  DB_PASSWORD: ${base64(password)}`,
      `  AWS_ACCESS_KEY_ID: ${base64(id)}`,
      `  AWS_SECRET_ACCESS_KEY: ${base64(secret)}`,
      `  replicas: ${base64("3")}`,
      "",
    ].join("\n");
    const findings = scanText(file, { path: "deploy/secret.yaml" });
    const bySecret = new Map(findings.map((f) => [f.secret, f]));
    expect(bySecret.get(secret)).toMatchObject({
      detectorId: "aws-secret-access-key",
      line: 7,
      decoded: ["base64"],
    });
    expect(bySecret.get(secret)?.column).toBe((file.split("\n")[6]?.indexOf(base64(secret)) as number) + 1);
    // The password's encoded value is reported once: as the Secret's value in clear.
    expect(findings.filter((f) => f.line === 5)).toHaveLength(1);
    for (const f of findings) expect(f.snippet).not.toContain(password);
  });

  it("reads a Secret written as JSON (kubectl -o json), and no other JSON", () => {
    const { id, secret } = aws();
    const data = { AWS_ACCESS_KEY_ID: base64(id), AWS_SECRET_ACCESS_KEY: base64(secret) };
    const manifest = JSON.stringify({ apiVersion: "v1", kind: "Secret", type: "Opaque", data }, null, 2);
    const found = scanText(`${manifest}\n`, { path: "dump/secret.json" }).filter((f) => f.secret === secret);
    expect(found.map((f) => [f.detectorId, f.decoded])).toEqual([["aws-secret-access-key", ["base64"]]]);
    // `kubectl get secrets -o json`: a List, its Secrets among other objects.
    const list = JSON.stringify(
      {
        apiVersion: "v1",
        items: [
          { apiVersion: "v1", kind: "ConfigMap", data: { "app.properties": "x".repeat(4000) } },
          { apiVersion: "v1", kind: "Secret", data },
        ],
        kind: "List",
      },
      null,
      2,
    );
    const inList = scanText(`${list}\n`, { path: "dump/secrets.json" }).filter((f) => f.secret === secret);
    expect(inList.map((f) => f.detectorId)).toEqual(["aws-secret-access-key"]);
    const withBom = scanText(`\ufeff${manifest}\n`, { path: "dump/secret.json" }).filter(
      (f) => f.secret === secret,
    );
    expect(withBom.map((f) => f.detectorId)).toEqual(["aws-secret-access-key"]);
    const config = JSON.stringify({ name: "app", data }, null, 2);
    expect(scanText(`${config}\n`, { path: "config/app.json" }).filter((f) => f.secret === secret)).toEqual(
      [],
    );
  });

  it("finds a base64 password in a .env file, and only where the value decodes to text", () => {
    const password = `Zr${randomChars("alnum", 12, "keyed-env-password")}#1`;
    const file = `NODE_ENV=production\nDB_PASSWORD=${base64(password)}\nNAME=Instance\nGREETING=${base64("hello")}\n`;
    const findings = scanText(file, { path: "service/.env" });
    expect(findings.map((f) => [f.detectorId, f.line, f.secret, f.decoded])).toEqual([
      ["generic-password", 2, password, ["base64"]],
    ]);
    // Source code is not read this way: its short base64 strings are test data and assets.
    expect(
      scanText(`const DB_PASSWORD = "${base64(password)}";\n`, { path: "src/app.js" }).filter(
        (f) => f.decoded,
      ),
    ).toEqual([]);
  });
});
