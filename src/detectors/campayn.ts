import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Campayn";

export const detectors: Detector[] = [
  {
    id: "campayn-api-key",
    name: "Campayn API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Campayn is an email marketing service. API keys are 64 lower-case hexadecimal characters, sent as `Authorization: TRUEREST apikey=...`. It has no prefix, so it is recognised only in a name that mentions Campayn.",
    security: ["Contact lists can be exported and contacts added, changed or removed."],
    mitigation: {
      revoke:
        "In Campayn open Account > API Key, regenerate the key and update the integrations that used it.",
      revokeUrl: "https://campayn.com/",
      audit: "Review lists, contacts and sent campaigns for activity you did not cause.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["campayn"],
    pattern: new RegExp(
      `${vendorPhrase(["campayn"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})${TOKEN_END}`,
    ),
    // Lists the account's contact lists: a read that sends nothing.
    verify: {
      method: "GET",
      url: "https://campayn.com/api/v1/lists",
      headers: { Authorization: "TRUEREST apikey={secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `CAMPAYN_API_KEY=${randomChars("hexLower", 64, "campayn-api-key-1")}`,
      () => `campayn_api_key: "${randomChars("hexLower", 64, "campayn-api-key-2")}"`,
      () => `const campaynApiKey = "${randomChars("hexLower", 64, "campayn-api-key-3")}";`,
    ],
    negatives: [
      "CAMPAYN_API_KEY=<your API key>",
      () => `CAMPAYN_API_KEY=${randomChars("hexLower", 48, "campayn-api-key-short")}`,
    ],
    references: [
      "https://github.com/campayn/api/blob/master/README.md",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/campayn",
    ],
  },
];
