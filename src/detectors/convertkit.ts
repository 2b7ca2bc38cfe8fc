import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Kit (ConvertKit)";

export const detectors: Detector[] = [
  {
    id: "convertkit-api-key",
    name: "Kit (ConvertKit) API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Kit, formerly ConvertKit, is an email marketing platform for creators. v3 API keys are 22 letters, digits and underscores, passed as the api_key parameter; a separate API secret unlocks subscriber data. It has no prefix, so it is recognised only in a name that mentions Kit (ConvertKit).",
    security: [
      "Subscribers can be added to forms, sequences and tags, sending them the account's emails.",
      "Forms, sequences and tags of the account can be listed.",
    ],
    mitigation: {
      revoke:
        "In Kit open Settings > Developer, reset the API key (and secret) and update the integrations that used them.",
      revokeUrl: "https://app.kit.com/account_settings/developer_settings",
      audit: "Review subscribers, sequences and broadcasts for changes made through the API.",
      bestPractices: [
        "keep the API secret on servers only; the plain API key is enough for form subscriptions",
      ],
    },
    keywords: ["convertkit"],
    pattern: new RegExp(
      `${vendorName(["convertkit", "convertKit", "ConvertKit"], ["api_key", "apiKey", "ApiKey", "key", "Key", "KEY"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_]{22})${TOKEN_END}`,
    ),
    // Lists the account's forms: a read that subscribes nobody.
    verify: {
      method: "GET",
      url: "https://api.convertkit.com/v3/forms?api_key={secret}",
      live: [200],
      dead: [401],
      liveRequires: { field: "forms" },
    },
    examples: [
      () => `CONVERTKIT_API_KEY=${randomChars("alnum", 22, "convertkit-api-key-1")}`,
      () => `convertkit_api_key: "${randomChars("alnum", 22, "convertkit-api-key-2")}"`,
      () => `const convertKitApiKey = "${randomChars("alnum", 22, "convertkit-api-key-3")}";`,
    ],
    negatives: [
      "CONVERTKIT_API_KEY=<your API key>",
      () => `CONVERTKIT_API_KEY=${randomChars("alnum", 18, "convertkit-api-key-short")}`,
    ],
    references: [
      "https://developers.kit.com/v3#api-basics",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/convertkit",
    ],
  },
];
