import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "alchemy-api-key",
    name: "Alchemy API key",
    vendor: "Alchemy",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Alchemy is a blockchain developer platform offering node RPC endpoints and enhanced APIs for Ethereum and many other chains. An app's API key (32 URL-safe characters) is part of its RPC URL (https://eth-mainnet.g.alchemy.com/v2/<key>); it is recognised here in such a URL or next to an Alchemy name.",
    security: [
      "An attacker can send requests on the app's compute-unit budget, exhausting a free tier or running up pay-as-you-go charges.",
      "Rate limits of the app are consumed, breaking the owner's dApp or backend.",
      "Webhooks and NFT or token API data configured for the app become readable.",
    ],
    mitigation: {
      revoke:
        "In the Alchemy Dashboard open Apps > the app > Networks / API Key and rotate the key (or delete the app and create a new one), then update the RPC URLs of every client that used it.",
      revokeUrl: "https://dashboard.alchemy.com/apps",
      audit:
        "Review the app's Metrics and Request Logs in the dashboard for calls and compute-unit use you do not recognise.",
      bestPractices: [
        "add allowlists (domains, IP addresses, contract addresses) to each app under its security settings",
        "use separate apps and keys for frontend and backend, and keep backend keys out of client bundles",
        "set spending caps on pay-as-you-go plans",
      ],
    },
    keywords: ["alchemy"],
    pattern:
      /(?:[Aa][Ll][Cc][Hh][Ee][Mm][Yy][A-Za-z0-9_.-]{0,24}["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?|alchemy(?:api)?\.(?:com|io)\/v2\/)(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    validate: (secret) =>
      /[0-9]/.test(secret) && /[a-z]/i.test(secret) ? true : "no mix of letters and digits",
    examples: [
      () => `alchemy_key = "${randomChars("alnum", 32, "alchemy-1")}"`,
      () => `ETH_RPC_URL=https://eth-mainnet.g.alchemy.com/v2/${randomChars("base64url", 32, "alchemy-2")}`,
      () => `ALCHEMY_API_KEY=${randomChars("alnum", 32, "alchemy-3")}`,
    ],
    negatives: [
      "ALCHEMY_API_KEY=<your-alchemy-key>",
      "https://eth-mainnet.g.alchemy.com/v2/demo",
      () => `ALCHEMY_API_KEY=${randomChars("alnum", 20, "alchemy-short")}`,
    ],
    references: ["https://docs.alchemy.com/reference/api-overview"],
  },
];
