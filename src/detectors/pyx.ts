import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "pyx is Astral's Python package registry (the makers of uv and Ruff), served at api.pyx.dev; clients such as uv authenticate to it with a token sent as the password of HTTP basic authentication (user __token__) or as a bearer token.";
/** Version 1 tokens: prefix + 64 letters and digits; version 2: prefix + `2` + 45 letters. */
const v1 = (prefix: string, label: string) => `${prefix}-pyx-${randomChars("alnum", 64, label)}`;
const v2 = (prefix: string, label: string) => `${prefix}-pyx-2${randomChars("alpha", 45, label)}`;
const BODY = "(?:[A-Za-z0-9]{64}|2[A-Za-z]{45})";
const bestPractices = [
  "keep tokens out of pyproject.toml, uv.toml and CI files: pass them through the PYX_API_KEY environment variable from a secret store",
  "prefer trusted publishing from CI, whose tokens are short-lived, over long-lived user tokens",
];

export const detectors: Detector[] = [
  {
    id: "pyx-api-token",
    name: "pyx user API token",
    vendor: "pyx",
    family: "API Token",
    severity: "high",
    description: `${about} A user API token (sk-pyx-) acts as its user: it reads the user's private packages and can publish to the projects the user may write to.`,
    security: [
      "An attacker can download private packages of the user's workspaces.",
      "Where the user may publish, the attacker can upload a malicious version of a package that downstream projects install (a supply-chain attack).",
    ],
    mitigation: {
      revoke:
        "Sign in to pyx, open the account's API tokens, delete the leaked token and create a new one; then update the clients and CI jobs that used it.",
      revokeUrl: "https://docs.pyx.dev/authentication",
      audit:
        "Review the workspace's package versions published while the token was exposed and yank any you did not publish.",
      bestPractices,
    },
    keywords: ["sk-pyx-"],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sk-pyx-${BODY})(?![A-Za-z0-9_-])`),
    examples: [
      () => `PYX_API_KEY=${v1("sk", "pyx-1")}`,
      () => `client.auth = httpx.BasicAuth(username="__token__", password="${v2("sk", "pyx-2")}")`,
    ],
    negatives: [
      "UV_INDEX_PYX_PASSWORD=sk-pyx-<your-token>",
      // One character short of a version 1 token.
      () => `UV_INDEX_PYX_PASSWORD=sk-pyx-${randomChars("alnum", 63, "pyx-short")}`,
    ],
    references: [
      "https://docs.pyx.dev/authentication",
      // uv reads the key from PYX_API_KEY; the prefixes and lengths are those of Nosey Parker's pyx rules.
      "https://docs.rs/uv-auth/0.0.22/src/uv_auth/pyx.rs.html",
    ],
  },
  {
    id: "pyx-trusted-publishing-token",
    name: "pyx trusted publishing token",
    vendor: "pyx",
    family: "API Token",
    severity: "medium",
    description: `${about} A trusted publishing token (tp-pyx-) is minted for a CI job from its OIDC identity and publishes to the projects the trusted publisher is configured for.`,
    security: [
      "Until it expires, an attacker can publish package versions to the projects of the trusted publisher.",
    ],
    mitigation: {
      revoke:
        "Trusted publishing tokens are short-lived: let the token expire, and remove or narrow the trusted publisher in the project's settings if the CI job that leaked it is compromised.",
      revokeUrl: "https://docs.pyx.dev/authentication",
      audit: "Review the versions published by the trusted publisher while the token was valid.",
      bestPractices,
    },
    keywords: ["tp-pyx-"],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>tp-pyx-${BODY})(?![A-Za-z0-9_-])`),
    examples: [
      () => `export UV_PUBLISH_TOKEN=${v1("tp", "pyx-tp-1")}`,
      () => `password: "${v2("tp", "pyx-tp-2")}"`,
    ],
    negatives: [
      "UV_PUBLISH_TOKEN=tp-pyx-REPLACE_ME",
      () => `token=tp-pyx-2${randomChars("alpha", 30, "pyx-tp-short")}`,
    ],
    references: ["https://docs.pyx.dev/authentication"],
  },
];
