import { ASSIGN_LOOSE, bearerCheck, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) =>
  [8, 4, 4, 4, 12].map((n, i) => randomChars("hexLower", n, `${label}-${i}`)).join("-");
/** `wise` is the end of common words (otherwise, likewise): the name must start at a word boundary. */
const NAME =
  "(?<![A-Za-z0-9])(?:TRANSFERWISE|[Tt]ransfer[Ww]ise|WISE|[Ww]ise)[A-Za-z0-9_.-]{0,24}?(?:TOKEN|[Tt]oken|KEY|[Kk]ey)";

export const detectors: Detector[] = [
  {
    id: "wise-api-token",
    name: "Wise (TransferWise) API token",
    vendor: "Wise",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Wise (formerly TransferWise) offers multi-currency accounts and international transfers. Personal and business API tokens are UUIDs sent as a Bearer token to api.wise.com (formerly api.transferwise.com); full-access tokens can fund transfers, read-only ones see balances and statements.",
    security: [
      "Balances, statements, recipients and transfer history can be read.",
      "With a full-access token the attacker can create recipients and quotes and, where strong authentication is not required, fund transfers out of the account.",
      "Webhook subscriptions can be added to follow every balance movement.",
    ],
    mitigation: {
      revoke:
        "Sign in to wise.com, open Settings (or Your account) > Integrations and tools > API tokens, and delete the leaked token; create a new read-only token where possible and update the integration.",
      revokeUrl: "https://wise.com/settings/api-tokens",
      audit:
        "Review the account's activity, transfers, recipients and webhook subscriptions for anything created during the exposure window, and contact Wise support about unknown transfers.",
      bestPractices: [
        "create read-only tokens for accounting and reporting tools",
        "restrict full-access tokens to business accounts with strong customer authentication on transfers",
        "store tokens in a secret manager",
      ],
    },
    keywords: ["wise", "transferwise"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    pattern: new RegExp(`${NAME}${ASSIGN_LOOSE}(?<secret>${UUID})(?![A-Za-z0-9-])`),
    // The "me" endpoint returns the token owner's profile and changes nothing.
    verify: bearerCheck("https://api.transferwise.com/v1/me", { live: [200], dead: [401] }),
    examples: [
      () => `WISE_API_TOKEN=${uuid("wise-1")}`,
      () => `TRANSFERWISE_API_KEY="${uuid("wise-2")}"`,
      () => `  wise_api_token: ${uuid("wise-3")}`,
    ],
    negatives: [
      "WISE_API_TOKEN=<your-token>",
      // `wise` inside another word.
      () => `OTHERWISE_TOKEN=${uuid("wise-other")}`,
      () => `WISE_PROFILE_ID=${uuid("wise-profile")}`,
    ],
    references: [
      "https://docs.wise.com/api-docs/guides/personal-tokens",
      "https://docs.wise.com/api-docs/api-reference/user",
    ],
  },
];
