import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BscScan";

export const detectors: Detector[] = [
  {
    id: "bscscan-api-key",
    name: "BscScan API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "BscScan is the block explorer and data API for BNB Smart Chain. API keys are 34 upper-case letters and digits, passed as the apikey parameter. It has no prefix, so it is recognised only in a name that mentions BscScan.",
    security: [
      "Requests to the BscScan API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to BscScan, open My Account > API Keys, delete the leaked key and add a new one.",
      revokeUrl: "https://bscscan.com/myapikey",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["bscscan"],
    pattern: new RegExp(
      `${vendorName(["bscscan", "bscScan", "BscScan", "BSCSCAN"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{34})${TOKEN_END}`,
    ),
    examples: [
      () => `BSCSCAN_API_KEY=${randomChars("upperAlnum", 34, "bscscan-api-key-1")}`,
      () => `bscscan_api_key: "${randomChars("upperAlnum", 34, "bscscan-api-key-2")}"`,
      () => `const bscscanApiKey = "${randomChars("upperAlnum", 34, "bscscan-api-key-3")}";`,
    ],
    negatives: [
      "BSCSCAN_API_KEY=<your API key>",
      () => `BSCSCAN_API_KEY=${randomChars("upperAlnum", 30, "bscscan-api-key-short")}`,
    ],
    references: [
      "https://docs.bscscan.com/getting-started/viewing-api-usage-statistics",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bscscan",
    ],
  },
];
