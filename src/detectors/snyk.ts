import { base64url, randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Snyk is a developer security platform that scans code, open-source dependencies, containers and infrastructure as code.";

const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};
/** snyk_uat./snyk_sat. + 8 hex + "." + base64url JSON claims + "." + base64url signature. */
const pat = (kind: string, label: string) =>
  `snyk_${kind}.${randomChars("hexLower", 8, label)}.${base64url(
    JSON.stringify({
      e: 1781444153,
      h: "snyk.io",
      j: randomChars("base64url", 22, `${label}-j`),
      s: randomChars("base64url", 22, `${label}-s`),
      tid: randomChars("base64url", 22, `${label}-t`),
    }),
  )}.${randomChars("base64url", 43, `${label}-sig`)}`;

const audit =
  "Review the organization's audit logs (Settings > Audit logs, or the audit logs API) for actions by the token's user or service account during the exposure window: new integrations, imported projects, changed settings.";

export const detectors: Detector[] = [
  {
    id: "snyk-api-token",
    name: "Snyk API token",
    vendor: "Snyk",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} The classic API token, used by \`snyk auth\` and the SNYK_TOKEN variable, is a UUID tied to a user or a service account; it is found next to a Snyk name.`,
    security: [
      "Vulnerability reports of every project in the user's organizations can be read, pointing an attacker at exploitable weaknesses.",
      "Projects can be imported, ignored issues added or settings changed, hiding real vulnerabilities.",
      "Service-account tokens may carry organization- or group-admin roles.",
    ],
    mitigation: {
      revoke:
        "For a personal token: Account settings > General > Auth Token > Revoke & Regenerate (or revoke the session under Account settings). For a service account: Organization or Group settings > Service accounts > (account) > Revoke / Delete. Update SNYK_TOKEN in CI.",
      revokeUrl: "https://app.snyk.io/account",
      audit,
      bestPractices: [
        "use service accounts with the least role needed for CI, not personal tokens",
        "prefer short-lived personal access tokens (snyk_uat.) with an expiry",
      ],
    },
    keywords: ["snyk"],
    pattern:
      /snyk[\w. -]{0,16}(?:token|key|auth)[\w-]{0,8}["']?(?:\s{0,3}(?:=|:|=>)\s{0,3}|\s{1,3})["']?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/i,
    verify: {
      method: "GET",
      url: "https://api.snyk.io/v1/user/me",
      headers: { Authorization: "token {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `SNYK_TOKEN=${uuid("snyk-1")}`,
      () => `RUN snyk auth ${uuid("snyk-2")} && snyk test`,
      () => `{"snyk_api_key": "${uuid("snyk-3")}"}`,
      // The API token is also kept under a plain "key" name (SNYK_KEY, snyk_key).
      () => `snyk_key = ${uuid("snyk-4")}`,
    ],
    negatives: [
      "SNYK_TOKEN=${SNYK_TOKEN}",
      "SNYK_TOKEN=00000000-0000-0000-0000-000000000000",
      () => `SNYK_ORG_ID=${uuid("snyk-org")}`,
    ],
    references: ["https://docs.snyk.io/snyk-api/authentication-for-api"],
  },
  {
    id: "snyk-personal-access-token",
    name: "Snyk personal / service account access token",
    vendor: "Snyk",
    family: "Access Token",
    severity: "high",
    description: `${about} Newer tokens start with snyk_uat. (personal access tokens) or snyk_sat. (service account tokens), followed by an 8-hex region identifier, signed claims and a signature; they carry an expiry.`,
    security: [
      "Until it expires, the token reads projects, issues and reports in the owner's organizations.",
      "Projects and settings can be changed within the owner's role.",
    ],
    mitigation: {
      revoke:
        "Personal token: Account settings > Personal access tokens > Revoke. Service account token: Organization or Group settings > Service accounts > (account) > revoke the token. Update the consumers with a new token.",
      revokeUrl: "https://app.snyk.io/account/personal-access-tokens",
      audit,
      bestPractices: [
        "set the shortest practical expiry",
        "keep tokens in CI secret stores, never in repositories",
      ],
    },
    keywords: ["snyk_uat.", "snyk_sat."],
    // A long token runs past the default reach of 512 bytes, and would be dropped as cut off.
    window: { after: 1700 },
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>snyk_[us]at\.[0-9a-f]{8}\.[A-Za-z0-9_-]{20,1200}\.[A-Za-z0-9_-]{20,400})(?![A-Za-z0-9_-])/,
    // Reads the token owner's own user record (GET /self): no side effect, no test quota spent.
    verify: {
      method: "GET",
      url: "https://api.snyk.io/rest/self?version=2024-10-15",
      headers: { Authorization: "token {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data.id" },
    },
    examples: [
      () => `export SNYK_TOKEN=${pat("uat", "snyk-pat-1")}`,
      () => `snyk:\n  token: "${pat("sat", "snyk-pat-2")}"`,
    ],
    negatives: [
      "SNYK_TOKEN=snyk_uat.***",
      "SNYK_TOKEN=snyk_uat.12345678.abcdefg-hijklmnop.qrstuvwxyz-123456",
    ],
    references: [
      "https://docs.snyk.io/snyk-api/authentication-for-api",
      "https://docs.snyk.io/snyk-api/reference/users",
    ],
  },
];
