import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "glassnode-api-key",
    name: "Glassnode API key",
    vendor: "Glassnode",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Glassnode sells on-chain and market metrics for crypto assets. API keys are 27 letters and digits passed as api_key, tied to a paid plan; they are recognised next to a Glassnode name.",
    security: ["The paid plan's metrics can be pulled by others, using up the account's rate limits."],
    mitigation: {
      revoke: "In Glassnode Studio open Account > API and regenerate the key.",
      revokeUrl: "https://studio.glassnode.com/settings/api",
    },
    keywords: ["glassnode"],
    pattern: new RegExp(
      `${vendorPhrase(["glassnode"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{27})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `GLASSNODE_API_KEY=${randomChars("alnum", 27, "glassnode-api-key-1")}`,
      () => `{"glassnodeApiKey": "${randomChars("alnum", 27, "glassnode-api-key-2")}"}`,
      () => `const glassnodeToken = "${randomChars("alnum", 27, "glassnode-api-key-3")}";`,
    ],
    negatives: [
      "GLASSNODE_API_KEY=<your Glassnode API key>",
      () => `glassnode_api_key: ${randomChars("alnum", 23, "glassnode-api-key-short")}`,
    ],
    references: ["https://docs.glassnode.com/basic-api/api-key"],
  },
];
