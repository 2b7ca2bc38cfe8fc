import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "infura-api-key",
    name: "Infura API key",
    vendor: "Infura",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Infura, by Consensys, provides hosted Ethereum and IPFS endpoints. API keys (formerly project IDs) are 32 hexadecimal characters placed in the endpoint URL; requests spend the account's daily credits. They are recognised next to an Infura name or in an infura.io URL.",
    security: [
      "The account's request credits can be spent, taking its dApps offline when the quota runs out.",
      "Without an API key secret or allowlists, anyone can send transactions through the endpoint billed to the account.",
    ],
    mitigation: {
      revoke:
        "In the Infura dashboard (MetaMask Developer) open the API key, delete it and create a new one; add an API key secret and allowlists to the replacement.",
      revokeUrl: "https://app.infura.io/",
      bestPractices: [
        "require the API key secret for server use",
        "restrict keys with contract, origin and user-agent allowlists",
      ],
    },
    keywords: ["infura"],
    pattern: new RegExp(
      String.raw`(?:${vendorPhrase(["infura"], ["key", "token", "secret", "id"])}${ASSIGN_LOOSE}|infura\.io/v3/)(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `INFURA_API_KEY=${randomChars("hexLower", 32, "infura-1")}`,
      () =>
        `const provider = new JsonRpcProvider("https://mainnet.infura.io/v3/${randomChars("hexLower", 32, "infura-2")}");`,
    ],
    negatives: [
      "INFURA_API_KEY=<your Infura API key>",
      () => `infura_api_key: ${randomChars("hexLower", 28, "infura-api-key-short")}`,
    ],
    references: ["https://docs.metamask.io/services/get-started/infura/"],
  },
];
