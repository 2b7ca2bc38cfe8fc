import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "nftport-api-key",
    name: "NFTPort API key",
    vendor: "NFTPort",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "NFTPort provides APIs to mint, deploy and query NFTs. API keys are UUIDs sent in the Authorization header; minting and deployment spend the account's credits. They are recognised next to an NFTPort name.",
    security: [
      "NFTs can be minted and contracts deployed on the account's credits.",
      "The account's contracts and minted assets can be listed.",
    ],
    mitigation: {
      revoke: "In the NFTPort dashboard regenerate the API key.",
      revokeUrl: "https://dashboard.nftport.xyz/",
    },
    keywords: ["nftport", "nft_port"],
    pattern: new RegExp(
      `${vendorName(["nftport", "nftPort", "nft_port"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Lists the account's own contracts: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.nftport.xyz/v0/me/contracts",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `NFTPORT_API_KEY=${uuid("nftport-api-key-1")}`,
      () => `{"nftportApiKey": "${uuid("nftport-api-key-2")}"}`,
      () => `const nftportToken = "${uuid("nftport-api-key-3")}";`,
    ],
    negatives: [
      "NFTPORT_API_KEY=<your NFTPort API key>",
      () => `nftport_api_key: ${randomChars("hexLower", 28, "nftport-api-key-short")}`,
    ],
    references: ["https://docs.nftport.xyz/docs/quickstart"],
  },
];
