import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Blocknative";

export const detectors: Detector[] = [
  {
    id: "blocknative-api-key",
    name: "Blocknative API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Blocknative provides mempool data and gas price estimates for Ethereum and other chains. API keys are UUIDs, sent in the Authorization header. It has no prefix, so it is recognised only in a name that mentions Blocknative.",
    security: [
      "Requests to the gas and mempool APIs can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to the Blocknative account page, delete the leaked API key and create a new one.",
      revokeUrl: "https://account.blocknative.com/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["blocknative"],
    pattern: new RegExp(
      `${vendorName(["blocknative", "blockNative", "BlockNative"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `BLOCKNATIVE_API_KEY=${randomChars("hexLower", 8, "blocknative-api-key-1")}-${randomChars("hexLower", 4, "blocknative-api-key-1-2")}-${randomChars("hexLower", 4, "blocknative-api-key-1-3")}-${randomChars("hexLower", 4, "blocknative-api-key-1-4")}-${randomChars("hexLower", 12, "blocknative-api-key-1-5")}`,
      () =>
        `blocknative_api_key: "${randomChars("hexLower", 8, "blocknative-api-key-2")}-${randomChars("hexLower", 4, "blocknative-api-key-2-2")}-${randomChars("hexLower", 4, "blocknative-api-key-2-3")}-${randomChars("hexLower", 4, "blocknative-api-key-2-4")}-${randomChars("hexLower", 12, "blocknative-api-key-2-5")}"`,
      () =>
        `const blocknativeApiKey = "${randomChars("hexLower", 8, "blocknative-api-key-3")}-${randomChars("hexLower", 4, "blocknative-api-key-3-2")}-${randomChars("hexLower", 4, "blocknative-api-key-3-3")}-${randomChars("hexLower", 4, "blocknative-api-key-3-4")}-${randomChars("hexLower", 12, "blocknative-api-key-3-5")}";`,
    ],
    negatives: [
      "BLOCKNATIVE_API_KEY=<your API key>",
      () =>
        `BLOCKNATIVE_API_KEY=${randomChars("hexLower", 8, "blocknative-api-key-short")}-${randomChars("hexLower", 4, "blocknative-api-key-short-2")}-${randomChars("hexLower", 4, "blocknative-api-key-short-3")}-${randomChars("hexLower", 12, "blocknative-api-key-short-4")}`,
    ],
    references: [
      "https://docs.blocknative.com/gas-prediction/gas-platform",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/blocknative",
    ],
  },
];
