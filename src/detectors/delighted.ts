import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Delighted";

export const detectors: Detector[] = [
  {
    id: "delighted-api-key",
    name: "Delighted API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Delighted, by Qualtrics, runs NPS, CSAT and other customer surveys. The account's API key is 32 letters and digits, used as the HTTP Basic username. It has no prefix, so it is recognised only in a name that mentions Delighted.",
    security: [
      "Survey responses and the people list, with emails and comments, can be exported.",
      "Surveys can be sent to any address in the account's name, and people unsubscribed or deleted.",
    ],
    mitigation: {
      revoke:
        "In Delighted open Integrations > API, regenerate the API key and update the integrations that used it.",
      revokeUrl: "https://app.delighted.com/integrations/api",
      audit:
        "Review the survey history and people list for surveys sent or people added during the exposure window.",
      bestPractices: ["keep the API key on servers; the web survey snippet does not need it"],
    },
    keywords: ["delighted"],
    pattern: new RegExp(
      `${vendorName(["delighted"], ["api_key", "apiKey", "ApiKey", "key", "Key", "KEY", "secret", "SECRET"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    // Reads the account's NPS metrics: a read that sends no survey.
    verify: {
      method: "GET",
      url: "https://api.delighted.com/v1/metrics.json",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
      liveRequires: { field: "nps" },
    },
    examples: [
      () => `DELIGHTED_API_KEY=${randomChars("alnum", 32, "delighted-api-key-1")}`,
      () => `delighted_api_key: "${randomChars("alnum", 32, "delighted-api-key-2")}"`,
      () => `const delightedApiKey = "${randomChars("alnum", 32, "delighted-api-key-3")}";`,
    ],
    negatives: [
      "DELIGHTED_API_KEY=<your API key>",
      () => `DELIGHTED_API_KEY=${randomChars("alnum", 26, "delighted-api-key-short")}`,
    ],
    references: [
      "https://app.delighted.com/docs/api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/delighted",
    ],
  },
];
