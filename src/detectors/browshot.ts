import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "browshot-api-key",
    name: "Browshot API key",
    vendor: "Browshot",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Browshot renders screenshots of web pages in real browsers. Its API key is 28 letters and digits passed as the `key` parameter; it has no prefix, so it is recognised only in a name that mentions Browshot.",
    security: [
      "Screenshots can be ordered on the account's credits, spending them, and the account's earlier screenshots and their URLs can be listed.",
    ],
    mitigation: {
      revoke:
        "In the Browshot dashboard open the API page and generate a new key, which replaces the old one.",
      revokeUrl: "https://browshot.com/dashboard",
      audit: "Review the list of recent screenshots and the credit balance for orders you did not place.",
      bestPractices: ["call the API from a server, never from browser code that ships the key"],
    },
    keywords: ["browshot"],
    pattern: new RegExp(
      `${vendorPhrase(["browshot", "Browshot", "BROWSHOT"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{28})${TOKEN_END}`,
    ),
    examples: [
      () => `BROWSHOT_API_KEY=${randomChars("alnum", 28, "browshot-1")}`,
      () => `browshot_key: "${randomChars("alnum", 28, "browshot-2")}"`,
      () => `browshot key ${randomChars("alnum", 28, "browshot-3")}`,
    ],
    negatives: [
      "BROWSHOT_API_KEY=my_browshot_key",
      () => `BROWSHOT_API_KEY=${randomChars("alnum", 20, "browshot-short")}`,
    ],
    references: [
      "https://browshot.com/api/documentation",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/browshot.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/browshot",
    ],
  },
];
