import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zipcodebase-api-key",
    name: "Zipcodebase API key",
    vendor: "Zipcodebase",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Zipcodebase looks up postal codes and distances through an API. Its API key (a UUID, sent as the apikey header or parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Zipcodebase name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke: "In the Zipcodebase dashboard regenerate the API key and update the applications that use it.",
      revokeUrl: "https://app.zipcodebase.com/",
      audit:
        "Compare the usage shown in the Zipcodebase dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["zipcodebase"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["zipcodebase"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `ZIPCODEBASE_API_KEY=${randomChars("hexLower", 8, "zipcodebase-api-key-1")}-${randomChars("hexLower", 4, "zipcodebase-api-key-1-2")}-${randomChars("hexLower", 4, "zipcodebase-api-key-1-4")}-${randomChars("hexLower", 4, "zipcodebase-api-key-1-6")}-${randomChars("hexLower", 12, "zipcodebase-api-key-1-8")}`,
      () =>
        `zipcodebase_api_key: "${randomChars("hexLower", 8, "zipcodebase-api-key-2")}-${randomChars("hexLower", 4, "zipcodebase-api-key-2-2")}-${randomChars("hexLower", 4, "zipcodebase-api-key-2-4")}-${randomChars("hexLower", 4, "zipcodebase-api-key-2-6")}-${randomChars("hexLower", 12, "zipcodebase-api-key-2-8")}"`,
      () =>
        `const zipcodebaseApiKey = "${randomChars("hexLower", 8, "zipcodebase-api-key-3")}-${randomChars("hexLower", 4, "zipcodebase-api-key-3-2")}-${randomChars("hexLower", 4, "zipcodebase-api-key-3-4")}-${randomChars("hexLower", 4, "zipcodebase-api-key-3-6")}-${randomChars("hexLower", 12, "zipcodebase-api-key-3-8")}";`,
    ],
    negatives: [
      "ZIPCODEBASE_API_KEY=your_zipcodebase_api_key_here",
      () =>
        `ZIPCODEBASE_API_KEY=${randomChars("hexLower", 8, "zipcodebase-api-key-short")}-${randomChars("hexLower", 4, "zipcodebase-api-key-short-2")}-${randomChars("hexLower", 4, "zipcodebase-api-key-short-4")}-${randomChars("hexLower", 4, "zipcodebase-api-key-short-6")}-${randomChars("hexLower", 9, "zipcodebase-api-key-short-8")}`,
      () =>
        `ZIPCODEBASE_URL=${randomChars("hexLower", 8, "zipcodebase-api-key-noname")}-${randomChars("hexLower", 4, "zipcodebase-api-key-noname-2")}-${randomChars("hexLower", 4, "zipcodebase-api-key-noname-4")}-${randomChars("hexLower", 4, "zipcodebase-api-key-noname-6")}-${randomChars("hexLower", 12, "zipcodebase-api-key-noname-8")}`,
    ],
    references: [
      "https://zipcodebase.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/zipcodebase/zipcodebase.go",
    ],
  },
];
