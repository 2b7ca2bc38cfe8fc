import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pinata-api-secret",
    name: "Pinata API secret",
    vendor: "Pinata",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Pinata pins files to IPFS and serves them from dedicated gateways. A legacy API key pair is a 20-character key and a 64-character hexadecimal secret, sent as the pinata_api_key and pinata_secret_api_key headers; the secret is what authorizes the calls.",
    security: [
      "Files can be pinned on the owner's account, using storage and bandwidth billed to the owner.",
      "Pinned content can be listed and unpinned, taking it offline where no other node pins it.",
    ],
    mitigation: {
      revoke:
        "In the Pinata app open API Keys, revoke the key by its name and create a new one with only the scopes your application needs.",
      revokeUrl: "https://app.pinata.cloud/developers/api-keys",
      audit: "Review the Files list and usage for uploads or unpins made during the exposure window.",
      bestPractices: [
        "create scoped keys (only pinning, only one endpoint) instead of admin keys",
        "prefer the scoped JWT over the legacy key pair",
      ],
    },
    keywords: ["pinata"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["pinata"], ["secret", "secret_api_key", "secretApiKey", "secret_key", "secretKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    companions: [{ name: "API key", pattern: /(?<![A-Za-z0-9_-])(?<value>[a-f0-9]{20})(?![A-Za-z0-9_-])/ }],
    // Pinata's documented authentication test: it only answers whether the pair is valid.
    verify: {
      method: "GET",
      url: "https://api.pinata.cloud/data/testAuthentication",
      headers: { pinata_api_key: "{companion:API key}", pinata_secret_api_key: "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "message" },
    },
    examples: [
      () =>
        `PINATA_API_KEY=${randomChars("hexLower", 20, "pinata-key-1")}\nPINATA_API_SECRET=${randomChars("hexLower", 64, "pinata-1")}`,
      () => `pinata_secret_api_key: "${randomChars("hexLower", 64, "pinata-2")}"`,
    ],
    negatives: [
      "PINATA_API_SECRET=your_pinata_api_secret_here",
      () => `PINATA_API_SECRET=${randomChars("hexLower", 61, "pinata-api-secret-short")}`,
      () => `PINATA_URL=${randomChars("hexLower", 64, "pinata-api-secret-noname")}`,
    ],
    references: [
      "https://docs.pinata.cloud/account-management/api-keys",
      "https://docs.pinata.cloud/api-reference/endpoint/ipfs/test-authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/pinata/pinata.go",
    ],
  },
];
