import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Ethplorer";

export const detectors: Detector[] = [
  {
    id: "ethplorer-api-key",
    name: "Ethplorer API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Ethplorer is an Ethereum token explorer with a data API. Personal API keys are 22 letters, digits and hyphens, passed as the apiKey parameter (freekey is the shared public key). It has no prefix, so it is recognised only in a name that mentions Ethplorer.",
    security: [
      "Requests to the Ethplorer API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Ethplorer, open the account's API keys and regenerate the key.",
      revokeUrl: "https://ethplorer.io/account/",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["ethplorer"],
    pattern: new RegExp(
      `${vendorPhrase(["ethplorer", "ethPlorer", "EthPlorer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9-]{22})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () =>
        `ETHPLORER_API_KEY=EK-${randomChars("alnum", 5, "ethplorer-api-key-1")}-${randomChars("alnum", 7, "ethplorer-api-key-1-2")}-${randomChars("alnum", 5, "ethplorer-api-key-1-3")}`,
      () =>
        `ethplorer_api_key: "EK-${randomChars("alnum", 5, "ethplorer-api-key-2")}-${randomChars("alnum", 7, "ethplorer-api-key-2-2")}-${randomChars("alnum", 5, "ethplorer-api-key-2-3")}"`,
      () =>
        `const ethplorerApiKey = "EK-${randomChars("alnum", 5, "ethplorer-api-key-3")}-${randomChars("alnum", 7, "ethplorer-api-key-3-2")}-${randomChars("alnum", 5, "ethplorer-api-key-3-3")}";`,
    ],
    negatives: [
      "ETHPLORER_API_KEY=<your API key>",
      () =>
        `ETHPLORER_API_KEY=EK-${randomChars("alnum", 5, "ethplorer-api-key-short")}-${randomChars("alnum", 7, "ethplorer-api-key-short-2")}`,
      "ETHPLORER_API_KEY=freekey",
    ],
    references: [
      "https://github.com/EverexIO/Ethplorer/wiki/Ethplorer-API",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/ethplorer",
    ],
  },
];
