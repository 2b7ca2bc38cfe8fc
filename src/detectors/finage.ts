import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Finage";

export const detectors: Detector[] = [
  {
    id: "finage-api-key",
    name: "Finage API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Finage is a stock, forex and crypto market data API. API keys are the letters API_KEY followed by 32 upper-case letters and digits, passed as the apikey parameter. It has no prefix, so it is recognised only in a name that mentions Finage.",
    security: [
      "Requests to the market data API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Finage, open the dashboard's API key section and regenerate the key.",
      revokeUrl: "https://moon.finage.co.uk/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["finage"],
    pattern: new RegExp(
      `${vendorName(["finage"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>API_KEY[A-Z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `FINAGE_API_KEY=API_KEY${randomChars("upperAlnum", 32, "finage-api-key-1")}`,
      () => `finage_api_key: "API_KEY${randomChars("upperAlnum", 32, "finage-api-key-2")}"`,
      () => `const finageApiKey = "API_KEY${randomChars("upperAlnum", 32, "finage-api-key-3")}";`,
    ],
    negatives: [
      "FINAGE_API_KEY=<your API key>",
      () => `FINAGE_API_KEY=API_KEY${randomChars("upperAlnum", 24, "finage-api-key-short")}`,
    ],
    references: [
      "https://finage.co.uk/docs/api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/finage",
    ],
  },
];
