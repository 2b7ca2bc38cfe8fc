import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "upcdatabase-api-key",
    name: "UPCDatabase API key",
    vendor: "UPCDatabase",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "UPCDatabase looks up product data by UPC and EAN barcodes through an API. Its API key (32 hexadecimal characters, sent as a Bearer token) identifies the account and its plan; it has no prefix, so it is recognised next to a UPCDatabase name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or credits, or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "Sign in to upcdatabase.org, open the API page of your account and generate a new key.",
      revokeUrl: "https://upcdatabase.org/api",
      audit:
        "Compare the usage shown in the UPCDatabase dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["upcdatabase", "upc_database"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["upcdatabase", "upc_database", "upcDatabase"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Fa-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `UPCDATABASE_API_KEY=${randomChars("hexUpper", 32, "upcdatabase-api-key-1")}`,
      () => `upcdatabase_api_key: "${randomChars("hexUpper", 32, "upcdatabase-api-key-2")}"`,
      () => `const upcdatabaseApiKey = "${randomChars("hexUpper", 32, "upcdatabase-api-key-3")}";`,
    ],
    negatives: [
      "UPCDATABASE_API_KEY=your_upcdatabase_api_key_here",
      () => `UPCDATABASE_API_KEY=${randomChars("hexUpper", 29, "upcdatabase-api-key-short")}`,
      () => `UPCDATABASE_URL=${randomChars("hexUpper", 32, "upcdatabase-api-key-noname")}`,
    ],
    references: [
      "https://upcdatabase.org/api",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/upcdatabase/upcdatabase.go",
    ],
  },
];
