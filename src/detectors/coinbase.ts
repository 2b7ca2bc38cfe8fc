import { ASSIGN_OR_CALL, anyCase, BASE64_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Coinbase Developer Platform (CDP) provides the APIs behind Coinbase's exchange, Advanced Trade, Coinbase App and onchain wallet products.";
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
/** An EC private key in PEM form: 121 bytes of DER, here random base64 in 64-character lines. */
const ecPem = (label: string, newline: string) => {
  const body = `MHcCAQEEI${randomChars("base64", 155, label)}`;
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN EC PRIVATE KEY-----${newline}${lines.join(newline)}${newline}-----END EC PRIVATE KEY-----`;
};
const keyName = (label: string) => `organizations/${uuid(`${label}-org`)}/apiKeys/${uuid(`${label}-key`)}`;

const revoke =
  "Sign in to the CDP Portal (portal.cdp.coinbase.com), open API Keys > Secret API Keys, find the key by its nickname or ID and delete it; create a replacement with the same restrictions. For exchange-linked keys also review Settings > API in the Coinbase account.";
const audit =
  "Review the account's orders, withdrawals, transfers and address-book changes since the key was exposed, and the key's last-used information in the CDP Portal.";
const practices = [
  "restrict each key to the permissions it needs (view-only where possible) and to an IP allowlist",
  "never give a trading key transfer or withdrawal permission unless it must move funds",
  "keep the downloaded key file out of project folders; load the key from a secret manager",
];

export const detectors: Detector[] = [
  {
    id: "coinbase-cdp-api-key",
    name: "Coinbase CDP API key (key name with EC private key)",
    vendor: "Coinbase",
    family: "Private Key",
    severity: "critical",
    description: `${about} An ECDSA Secret API key consists of a key name (organizations/<org id>/apiKeys/<key id>) and a PEM-encoded EC private key; together they sign the short-lived JWTs that authenticate API requests.`,
    security: [
      "With a trade or transfer permission an attacker can place orders and move or withdraw funds from the account.",
      "Balances, transaction history and portfolio details can be read.",
      "The key never expires on its own; it works until it is deleted.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://portal.cdp.coinbase.com/projects/api-keys",
      audit,
      bestPractices: practices,
    },
    keywords: ["apiKeys/"],
    window: { before: 512, after: 1024, multiline: true },
    pattern:
      /(?<secret>organizations\/[0-9a-f-]{36}\/apiKeys\/[0-9a-f-]{36}["',\s\w:=]{0,200}?-----BEGIN EC PRIVATE KEY-----(?:\\r\\n|\\n|[\r\n]|[A-Za-z0-9+/=]){100,400}?-----END EC PRIVATE KEY-----)/,
    examples: [
      () => `{\n  "name": "${keyName("cdp-1")}",\n  "privateKey": "${ecPem("cdp-1", "\\n")}\\n"\n}`,
      () => `COINBASE_API_KEY_NAME=${keyName("cdp-2")}\nCOINBASE_API_PRIVATE_KEY="${ecPem("cdp-2", "\\n")}"`,
      () => `api_key = "${keyName("cdp-3")}"\napi_secret = """${ecPem("cdp-3", "\n")}"""`,
    ],
    negatives: [
      // A key name alone is an identifier.
      () => `COINBASE_API_KEY_NAME=${keyName("cdp-neg")}`,
      'COINBASE_API_KEY_NAME=organizations/{org_id}/apiKeys/{key_id}\nCOINBASE_API_PRIVATE_KEY="-----BEGIN EC PRIVATE KEY-----\\nYOUR PRIVATE KEY\\n-----END EC PRIVATE KEY-----"',
    ],
    references: ["https://docs.cdp.coinbase.com/get-started/authentication/cdp-api-keys"],
  },
  {
    id: "coinbase-cdp-api-key-secret",
    name: "Coinbase CDP Ed25519 API key secret",
    vendor: "Coinbase",
    family: "Private Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} Secret API keys created with the default Ed25519 algorithm consist of a key ID (a UUID) and a secret: 64 bytes of key material written as 88 base64 characters, used to sign request JWTs.`,
    security: [
      "With the key ID an attacker can sign requests as the key: trade, transfer or read balances according to its permissions.",
      "Wallet and onchain operations permitted to the project can be performed.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://portal.cdp.coinbase.com/projects/api-keys",
      audit,
      bestPractices: practices,
    },
    keywords: ["coinbase", "cdp_", "cdp-"],
    pattern: new RegExp(
      `(?:${anyCase("coinbase")}|${anyCase("cdp")}[_-])[A-Za-z0-9_.-]{0,24}(?:${anyCase("secret")}|${anyCase("private")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9+/]{86}==)${BASE64_END}`,
    ),
    examples: [
      () => `CDP_API_KEY_SECRET=${randomChars("base64", 86, "cdp-ed-1")}==`,
      () =>
        `coinbase:\n  api_key_id: ${uuid("cdp-ed-2")}\n  coinbase_api_secret: "${randomChars("base64", 86, "cdp-ed-2")}=="`,
    ],
    negatives: [
      "CDP_API_KEY_SECRET=your-api-key-secret",
      () => `CDP_API_KEY_ID=${uuid("cdp-ed-id")}`,
      () => `CDP_API_KEY_SECRET=${randomChars("base64", 40, "cdp-ed-short")}==`,
    ],
    references: ["https://docs.cdp.coinbase.com/get-started/authentication/cdp-api-keys"],
  },
];
