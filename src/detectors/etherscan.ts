import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Etherscan";

export const detectors: Detector[] = [
  {
    id: "etherscan-api-key",
    name: "Etherscan API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Etherscan is the Ethereum block explorer and its data API. API keys are 34 upper-case letters and digits, passed as the apikey parameter. It has no prefix, so it is recognised only in a name that mentions Etherscan.",
    security: [
      "Requests to the Etherscan API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Etherscan, open My Account > API Keys, delete the leaked key and add a new one.",
      revokeUrl: "https://etherscan.io/myapikey",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["etherscan"],
    pattern: new RegExp(
      `${vendorName(["etherscan", "etherScan", "EtherScan"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{34})${TOKEN_END}`,
    ),
    examples: [
      () => `ETHERSCAN_API_KEY=${randomChars("upperAlnum", 34, "etherscan-api-key-1")}`,
      () => `etherscan_api_key: "${randomChars("upperAlnum", 34, "etherscan-api-key-2")}"`,
      () => `const etherscanApiKey = "${randomChars("upperAlnum", 34, "etherscan-api-key-3")}";`,
    ],
    negatives: [
      "ETHERSCAN_API_KEY=<your API key>",
      () => `ETHERSCAN_API_KEY=${randomChars("upperAlnum", 30, "etherscan-api-key-short")}`,
    ],
    references: [
      "https://docs.etherscan.io/getting-started/viewing-api-usage-statistics",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/etherscan",
    ],
  },
];
