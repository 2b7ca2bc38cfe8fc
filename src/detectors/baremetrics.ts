import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Baremetrics";

export const detectors: Detector[] = [
  {
    id: "baremetrics-api-key",
    name: "Baremetrics API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Baremetrics is subscription analytics for SaaS businesses, fed by their billing system. API keys start with lk_ (live) or sk_ (sandbox) followed by 18 to 25 letters and digits, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Baremetrics.",
    security: [
      "Revenue metrics (MRR, churn, LTV) and the customer and subscription list can be read.",
      "Customers, subscriptions and charges can be created or deleted in the account's data.",
    ],
    mitigation: {
      revoke:
        "In Baremetrics open Settings > API, regenerate the live key and update the integrations that used it.",
      revokeUrl: "https://app.baremetrics.com/settings/api",
      audit: "Review the account's customers, plans and annotations for changes made through the API.",
      bestPractices: ["use the sandbox key (sk_) in development and keep the live key (lk_) on servers only"],
    },
    keywords: ["baremetrics"],
    pattern: new RegExp(
      `${vendorName(["baremetrics", "bareMetrics", "BareMetrics"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>(?:lk|sk)_[A-Za-z0-9]{18,25})${TOKEN_END}`,
    ),
    // Reads the account record: changes nothing.
    verify: {
      method: "GET",
      url: "https://api.baremetrics.com/v1/account",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "account.id" },
    },
    examples: [
      () => `BAREMETRICS_API_KEY=lk_${randomChars("alnum", 22, "baremetrics-api-key-1")}`,
      () => `baremetrics_api_key: "lk_${randomChars("alnum", 22, "baremetrics-api-key-2")}"`,
      () => `const baremetricsKey = "lk_${randomChars("alnum", 22, "baremetrics-api-key-3")}";`,
    ],
    negatives: [
      "BAREMETRICS_API_KEY=<your API key>",
      () => `BAREMETRICS_API_KEY=lk_${randomChars("alnum", 12, "baremetrics-api-key-short")}`,
    ],
    references: [
      "https://developers.baremetrics.com/reference/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/baremetrics",
    ],
  },
];
