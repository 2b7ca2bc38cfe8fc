import { ALNUM_END, ASSIGN_OR_CALL, anyCase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Plaid connects applications to their users' bank accounts to read balances, transactions, identity and account numbers and to start payments.";
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const audit =
  "In the Plaid Dashboard review Activity > Logs (API requests) for the affected Items and your own application logs for calls made with the token or secret you did not make.";

export const detectors: Detector[] = [
  {
    id: "plaid-access-token",
    name: "Plaid production access token",
    vendor: "Plaid",
    family: "Access Token",
    severity: "high",
    description: `${about} An access token (access-production-<uuid>) is issued for one Item, a user's login at a financial institution, and is used with the client ID and secret to read that Item's data.`,
    security: [
      "With the client ID and secret (often stored nearby) an attacker can read the user's balances, transactions, account and routing numbers and identity data.",
      "Access tokens do not expire; the bank connection stays readable until the Item is removed.",
    ],
    mitigation: {
      revoke:
        "Call /item/access_token/invalidate to rotate the token (you get a new one for the same Item), or /item/remove to revoke it and delete the Item; if the client secret leaked too, rotate it in the Dashboard under Developers > Keys.",
      revokeUrl: "https://plaid.com/docs/api/items/#itemremove",
      audit,
      bestPractices: [
        "store access tokens encrypted in your database, never in client code or logs",
        "remove Items you no longer need with /item/remove",
      ],
    },
    keywords: ["access-production-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>access-production-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    examples: [
      () => `PLAID_ACCESS_TOKEN=access-production-${uuid("plaid-at-1")}`,
      () => `client.transactions_get({"access_token": "access-production-${uuid("plaid-at-2")}"})`,
    ],
    negatives: [
      "PLAID_ACCESS_TOKEN=access-production-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      "access-production-<uuid>",
      () => `access-production-${randomChars("hexLower", 32, "plaid-nodash")}`,
    ],
    references: ["https://plaid.com/docs/api/tokens/"],
  },
  {
    id: "plaid-sandbox-access-token",
    name: "Plaid sandbox or development access token",
    vendor: "Plaid",
    family: "Access Token",
    severity: "low",
    description: `${about} Access tokens for the Sandbox (access-sandbox-) and the retired Development environment (access-development-) reach test Items or a small number of real ones.`,
    security: [
      "Sandbox tokens reach only test data, but development tokens may belong to real bank connections.",
      "A test token in a repository often sits next to configuration that also holds production credentials.",
    ],
    mitigation: {
      revoke:
        "Call /item/remove with the token in the same environment, and rotate the environment's secret in the Plaid Dashboard under Developers > Keys if it was exposed too.",
      revokeUrl: "https://dashboard.plaid.com/developers/keys",
      audit,
      bestPractices: [
        "load sandbox tokens from environment variables like production ones",
        "do not connect real bank accounts in non-production environments",
      ],
    },
    keywords: ["access-sandbox-", "access-development-"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>access-(?:sandbox|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    examples: [
      () => `PLAID_ACCESS_TOKEN=access-sandbox-${uuid("plaid-sbx-1")}`,
      () => `accessToken: "access-development-${uuid("plaid-dev-2")}"`,
    ],
    negatives: ["access-sandbox-<uuid>", () => `access-sandbox-${uuid("plaid-sbx-bad").slice(0, 20)}`],
    references: ["https://plaid.com/docs/sandbox/"],
  },
  {
    id: "plaid-secret",
    name: "Plaid API secret",
    vendor: "Plaid",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} Each environment has a secret (30 hexadecimal characters) that, with the team's client ID, authenticates every server call to the Plaid API.`,
    security: [
      "With the client ID an attacker can call the API for every Item whose access token they also hold, and create link tokens in your name.",
      "Requests made with the secret are billed to your account.",
    ],
    mitigation: {
      revoke:
        'In the Plaid Dashboard go to Developers > Keys, click "Rotate secret" for the environment, deploy the new secret and then delete the old one.',
      revokeUrl: "https://dashboard.plaid.com/developers/keys",
      audit,
      bestPractices: [
        "keep the secret on the server; Link in the browser needs only a link token",
        "use different secrets for sandbox and production and restrict Dashboard access to the production keys",
      ],
    },
    keywords: ["plaid"],
    pattern: new RegExp(
      `${anyCase("plaid")}[A-Za-z0-9_.-]{0,24}${anyCase("secret")}[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[0-9a-f]{30})${ALNUM_END}`,
    ),
    companions: [{ name: "client ID", pattern: /(?<![0-9a-f])(?<value>[0-9a-f]{24})(?![0-9a-f])/ }],
    examples: [
      () => `PLAID_SECRET=${randomChars("hexLower", 30, "plaid-secret-1")}`,
      () =>
        `plaid:\n  client_id: ${randomChars("hexLower", 24, "plaid-id-2")}\n  plaid_secret: "${randomChars("hexLower", 30, "plaid-secret-2")}"`,
      () => `const plaidSecret = '${randomChars("hexLower", 30, "plaid-secret-3")}';`,
    ],
    negatives: [
      "PLAID_SECRET=your_plaid_secret",
      () => `PLAID_CLIENT_ID=${randomChars("hexLower", 24, "plaid-id-neg")}`,
      () => `PLAID_SECRET=${randomChars("hexLower", 40, "plaid-secret-long")}`,
    ],
    references: ["https://plaid.com/docs/api/#api-access"],
  },
];
