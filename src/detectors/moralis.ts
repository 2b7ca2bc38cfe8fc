import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "moralis-api-key",
    name: "Moralis API key",
    vendor: "Moralis",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Moralis provides Web3 data APIs (wallets, NFTs, tokens) and RPC nodes. Legacy API keys are 64 letters and digits sent in the X-API-Key header (newer keys are JWTs); requests spend the account's compute units. They are recognised next to a Moralis name.",
    security: ["Requests can spend the account's compute units until its plan is exhausted."],
    mitigation: {
      revoke: "In the Moralis admin panel open API Keys and rotate the key.",
      revokeUrl: "https://admin.moralis.io/settings",
    },
    keywords: ["moralis"],
    pattern: new RegExp(
      `${vendorName(["moralis"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `MORALIS_API_KEY=${randomChars("alnum", 64, "moralis-api-key-1")}`,
      () => `{"moralisApiKey": "${randomChars("alnum", 64, "moralis-api-key-2")}"}`,
      () => `const moralisToken = "${randomChars("alnum", 64, "moralis-api-key-3")}";`,
    ],
    negatives: [
      "MORALIS_API_KEY=<your Moralis API key>",
      () => `moralis_api_key: ${randomChars("alnum", 60, "moralis-api-key-short")}`,
    ],
    references: ["https://docs.moralis.io/web3-data-api/evm/get-your-api-key"],
  },
];
