/**
 * The credentials planted in the benchmark corpus: many vendors' formats, in the file
 * syntaxes where they leak (.env, YAML, JSON, code, Terraform, Dockerfile, Markdown, a PEM
 * file, minified bundles). Values are built from a fixed seed with keyhound's synth helpers,
 * shaped after the vendors' documented formats (not after keyhound's patterns), so every run
 * plants the same corpus and no live-looking literal sits in the repository.
 *
 * `plant(root)` writes the files and returns, per credential, where it is: the file and the
 * line/column spans any one of which a tool must report for the credential to count as found.
 */

import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { base64url, checksummedToken, randomChars } from "../dist/catalog/synth.js";

const r = (alphabet, length, label) => randomChars(alphabet, length, `bench-${label}`);
const hex = (length, label) => r("hexLower", length, label);

/** Credential values by type. Each is a function of a label, so files can hold several. */
const make = {
  awsKeyId: (l) => `AKIA${r("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, `aws-id-${l}`)}`,
  awsSecret: (l) => r("base64", 40, `aws-secret-${l}`),
  githubClassic: (l) => checksummedToken("ghp_", 30, `bench-ghp-${l}`),
  githubOauth: (l) => checksummedToken("gho_", 30, `bench-gho-${l}`),
  githubFine: (l) => `github_pat_${r("alnum", 22, `ghf1-${l}`)}_${r("alnum", 59, `ghf2-${l}`)}`,
  gitlab: (l) => `glpat-${r("alnum", 20, `glpat-${l}`)}`,
  slackBot: (l) =>
    `xoxb-${r("digits", 12, `sb1-${l}`)}-${r("digits", 13, `sb2-${l}`)}-${r("alnum", 24, `sb3-${l}`)}`,
  slackWebhook: (l) =>
    `https://hooks.slack.com/services/T${r("upperAlnum", 8, `sw1-${l}`)}/B${r("upperAlnum", 10, `sw2-${l}`)}/${r("alnum", 24, `sw3-${l}`)}`,
  stripe: (l) => `sk_live_${r("alnum", 99, `stripe-${l}`)}`,
  sendgrid: (l) => `SG.${r("base64url", 22, `sg1-${l}`)}.${r("base64url", 43, `sg2-${l}`)}`,
  npm: (l) => checksummedToken("npm_", 30, `bench-npm-${l}`),
  openai: (l) => `sk-proj-${r("base64url", 74, `oa1-${l}`)}T3BlbkFJ${r("base64url", 74, `oa2-${l}`)}`,
  anthropic: (l) => `sk-ant-api03-${r("base64url", 93, `ant-${l}`)}AA`,
  googleApi: (l) => `AIza${r("base64url", 35, `gapi-${l}`)}`,
  shopify: (l) => `shpat_${hex(32, `shp-${l}`)}`,
  digitalocean: (l) => `dop_v1_${hex(64, `do-${l}`)}`,
  huggingface: (l) => `hf_${r("alpha", 34, `hf-${l}`)}`,
  pypi: (l) => `pypi-AgEIcHlwaS5vcmc${r("base64url", 150, `pypi-${l}`)}`,
  docker: (l) => `dckr_pat_${r("base64url", 27, `dckr-${l}`)}`,
  databricks: (l) => `dapi${hex(32, `dapi-${l}`)}`,
  postman: (l) => `PMAK-${hex(24, `pm1-${l}`)}-${hex(34, `pm2-${l}`)}`,
  linear: (l) => `lin_api_${r("alnum", 40, `lin-${l}`)}`,
  vault: (l) => `hvs.CAESI${r("base64url", 86, `hvs-${l}`)}`,
  mailgun: (l) => `key-${hex(32, `mg-${l}`)}`,
  twilioSid: (l) => `AC${hex(32, `tw1-${l}`)}`,
  twilioToken: (l) => hex(32, `tw2-${l}`),
  // A storage account key is 64 random bytes in base64.
  azureKey: (l) => Buffer.from(hex(128, `az-${l}`), "hex").toString("base64"),
  // Characters that need no escaping in a URL's password.
  password: (l) => r("alnum", 12, `pw1-${l}`) + r("-_.~!*", 2, `pw2-${l}`) + r("alnum", 6, `pw3-${l}`),
  telegram: (l) =>
    `${r("123456789", 1, `tg0-${l}`)}${r("digits", 9, `tg1-${l}`)}:AA${r("base64url", 33, `tg2-${l}`)}`,
  sentry: (l) =>
    `sntrys_${Buffer.from(JSON.stringify({ iat: 1767225600, url: "https://sentry.io", region_url: "https://us.sentry.io", org: `acme-${l}` })).toString("base64")}_${r("base64", 43, `sentry-${l}`)}`,
  jwtSigned: (l) =>
    `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(JSON.stringify({ sub: `user-${l}`, role: "service_role", iat: 1767225600 }))}.${r("base64url", 43, `jwt-${l}`)}`,
};

/**
 * Private keys are real (made by node:crypto, so a scanner that checks the DER structure
 * accepts them): different bytes on each corpus build, the same shape and count.
 */
function privateKeyPem(type) {
  const { privateKey } =
    type === "ec"
      ? generateKeyPairSync("ec", { namedCurve: "P-256" })
      : generateKeyPairSync("rsa", { modulusLength: 2048 });
  const format = type === "ec" ? "sec1" : type === "rsa-pkcs8" ? "pkcs8" : "pkcs1";
  return privateKey.export({ type: format, format: "pem" }).trim().split("\n");
}

/**
 * The planted files: lines of text, with `{{type:label}}` placeholders where a credential
 * goes. A credential spanning several placeholders (AWS id + secret) shares one label and
 * counts once.
 */
function files() {
  return {
    "planted/app/.env": [
      "# local settings, never commit",
      "NODE_ENV=production",
      "AWS_ACCESS_KEY_ID={{awsKeyId:aws1}}",
      "AWS_SECRET_ACCESS_KEY={{awsSecret:aws1}}",
      "GITHUB_TOKEN={{githubClassic:gh1}}",
      "STRIPE_SECRET_KEY={{stripe:st1}}",
      "SENDGRID_API_KEY={{sendgrid:sg1}}",
      "OPENAI_API_KEY={{openai:oa1}}",
      "ANTHROPIC_API_KEY={{anthropic:an1}}",
      "DATABASE_URL=postgres://app_user:{{password:db1}}@db-prod-3.internal.acme-corp.net:5432/app",
      "HF_TOKEN={{huggingface:hf1}}",
    ],
    "planted/config/settings.yaml": [
      "service:",
      "  name: billing",
      "  slack:",
      "    bot_token: {{slackBot:sl1}}",
      "    webhook: {{slackWebhook:sw1}}",
      "  gitlab:",
      "    token: {{gitlab:gl1}}",
      "  mailgun:",
      "    api_key: {{mailgun:mg1}}",
      "  twilio:",
      "    account_sid: {{twilioSid:tw1}}",
      "    auth_token: {{twilioToken:tw1}}",
      "  database:",
      "    password: '{{password:db2}}'",
    ],
    "planted/config/credentials.json": [
      "{",
      '  "type": "service_account",',
      '  "project_id": "acme-prod-381203",',
      `  "private_key_id": "${hex(40, "gcp-kid")}",`,
      `  "private_key": "${privateKeyPem("rsa-pkcs8").join("\\n")}\\n",`,
      '  "client_email": "deployer@acme-prod-381203.iam.gserviceaccount.com",',
      '  "client_id": "103849201938475610293",',
      '  "token_uri": "https://oauth2.googleapis.com/token"',
      "}",
    ],
    "planted/src/client.ts": [
      'import { Octokit } from "@octokit/rest";',
      "",
      "// TODO: move to the secret manager",
      'const octokit = new Octokit({ auth: "{{githubFine:ghf1}}" });',
      'const npmToken = "{{npm:npm1}}";',
      'export const googleMapsKey = "{{googleApi:gm1}}";',
      'const shopify = { accessToken: "{{shopify:shp1}}" };',
      'const linear = new LinearClient({ apiKey: "{{linear:lin1}}" });',
      'const jwt = "{{jwtSigned:jwt1}}";',
      "export { octokit, npmToken, shopify, linear, jwt };",
    ],
    "planted/deploy/main.tf": [
      'provider "digitalocean" {',
      '  token = "{{digitalocean:do1}}"',
      "}",
      "",
      'resource "azurerm_storage_account" "logs" {',
      '  connection_string = "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey={{azureKey:az1}};EndpointSuffix=core.windows.net"',
      "}",
      "",
      'provider "vault" {',
      '  token = "{{vault:hv1}}"',
      "}",
    ],
    "planted/docker/Dockerfile": [
      "FROM node:20-slim",
      "ENV PYPI_TOKEN={{pypi:pypi1}}",
      "ENV DOCKERHUB_TOKEN={{docker:dck1}}",
      "ENV DATABRICKS_TOKEN={{databricks:dapi1}}",
      "RUN npm ci",
    ],
    "planted/docs/setup.md": [
      "# Setup",
      "",
      "Call the API with this key (rotate it afterwards):",
      "",
      "```sh",
      "curl -H 'X-Api-Key: {{postman:pm1}}' https://api.getpostman.com/me",
      "export TELEGRAM_BOT_TOKEN={{telegram:tg1}}",
      "export SENTRY_AUTH_TOKEN={{sentry:sn1}}",
      "export GITHUB_OAUTH={{githubOauth:gho1}}",
      "```",
    ],
    "planted/keys/deploy_rsa": privateKeyPem("rsa"),
    "planted/keys/id_ec.pem": privateKeyPem("ec"),
    "planted/keys/mongo.env": [
      "MONGO_URI=mongodb+srv://admin:{{password:mongo1}}@cluster0.x1y2z.mongodb.net/prod",
    ],
  };
}

/** A minified bundle: one long line of code-like text with `token`/`password` words, and a key. */
function minified(label, size, credential) {
  const words = ["token", "password", "secret", "apiKey", "function", "return", "const", "this", "null"];
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const word = words[i % words.length];
    const part = `var ${word}${i % 97}=function(e,t){return e.${word}!==t?${i}:"${randomChars("alnum", 8, `${label}-${i % 211}`)}"};`;
    parts.push(part);
    length += part.length;
  }
  const middle = Math.floor(parts.length / 2);
  const before = parts.slice(0, middle).join("");
  return {
    line: `${before}var cfg={key:"${credential}"};${parts.slice(middle).join("")}`,
    column: before.length + 15,
  };
}

/** Writes the planted files under `root`; returns the credentials and where they are. */
export function plant(root) {
  const planted = [];
  const byLabel = new Map();
  for (const [path, lines] of Object.entries(files())) {
    const out = lines.map((line, index) =>
      line.replace(/\{\{(\w+):(\w+)\}\}/g, (_text, type, label) => {
        const value = make[type](label);
        let entry = byLabel.get(label);
        if (!entry) {
          entry = { type, label, path, spans: [] };
          byLabel.set(label, entry);
          planted.push(entry);
        }
        entry.spans.push({ line: index + 1, start: 1, end: Number.MAX_SAFE_INTEGER });
        return value;
      }),
    );
    // The PEM files and the service account's key hold one credential each: reporting any of
    // their lines counts.
    const whole = path.startsWith("planted/keys/id_") || path.endsWith("deploy_rsa");
    if (whole || path.endsWith("credentials.json")) {
      const spans = lines.map((_line, index) => ({
        line: index + 1,
        start: 1,
        end: Number.MAX_SAFE_INTEGER,
      }));
      planted.push({ type: whole ? "privateKey" : "gcpServiceAccount", label: path, path, spans });
    }
    write(root, path, `${out.join("\n")}\n`);
  }
  // Long minified lines: 2 MB and 6 MB single-line bundles with a key in the middle.
  for (const [name, size, type] of [
    ["planted/dist/app.min.js", 2_000_000, "githubClassic"],
    ["planted/dist/vendor.min.js", 6_000_000, "stripe"],
  ]) {
    const value = make[type](`min-${name}`);
    const { line, column } = minified(name, size, value);
    write(root, name, `${line}\n`);
    planted.push({
      type,
      label: name,
      path: name,
      spans: [{ line: 1, start: column - 8, end: column + value.length }],
    });
  }
  return planted;
}

function write(root, path, text) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}
