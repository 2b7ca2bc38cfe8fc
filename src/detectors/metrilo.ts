import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "metrilo-api-token",
    name: "Metrilo API token",
    vendor: "Metrilo",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Metrilo is e-commerce analytics and CRM for online stores. The project's API token is 16 lower-case letters and digits sent with every tracking call; it has no prefix, so it is recognised next to a Metrilo name.",
    security: [
      "Fake orders, customers and events can be written into the store's analytics and e-mail audiences.",
      "Campaign audiences built from the data can be skewed or polluted.",
    ],
    mitigation: {
      revoke:
        "In Metrilo open Settings > Integration, regenerate the API token and the API secret, and update the store plugin.",
      revokeUrl: "https://app.metrilo.com/",
    },
    keywords: ["metrilo"],
    pattern: new RegExp(
      `${vendorName(["metrilo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{16})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `METRILO_API_TOKEN=${randomChars("lowerAlnum", 16, "metrilo-1")}`,
      () => `'metrilo_key' => '${randomChars("lowerAlnum", 16, "metrilo-2")}',`,
    ],
    negatives: [
      "METRILO_API_TOKEN=your_token_here",
      () => `metrilo_token = "${randomChars("lowerAlnum", 12, "metrilo-short")}"`,
    ],
    references: [
      "https://www.metrilo.com/developers",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/metrilo.yml",
    ],
  },
];
