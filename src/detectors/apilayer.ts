import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "APILayer";

export const detectors: Detector[] = [
  {
    id: "apilayer-api-key",
    name: "APILayer API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "APILayer runs a marketplace of data APIs (currency, geolocation, validation, scraping) behind one account key. The account's API key is 32 alphanumeric characters, sent in the apikey header to every subscribed API. It has no prefix, so it is recognised only in a name that mentions APILayer.",
    security: [
      "Requests to every API the account subscribes to can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to APILayer, open Account > API Keys, regenerate the key and update the applications that use it.",
      revokeUrl: "https://apilayer.com/account",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["apilayer"],
    pattern: new RegExp(
      `${vendorName(["apilayer", "apiLayer", "ApiLayer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `APILAYER_API_KEY=${randomChars("alnum", 32, "apilayer-api-key-1")}`,
      () => `apilayer_api_key: "${randomChars("alnum", 32, "apilayer-api-key-2")}"`,
      () => `const apilayerApiKey = "${randomChars("alnum", 32, "apilayer-api-key-3")}";`,
    ],
    negatives: [
      "APILAYER_API_KEY=<your API key>",
      () => `APILAYER_API_KEY=${randomChars("alnum", 27, "apilayer-api-key-short")}`,
    ],
    references: [
      "https://apilayer.com/docs/article/managing-api-keys",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/apilayer",
    ],
  },
];
