import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Blitapp";

export const detectors: Detector[] = [
  {
    id: "blitapp-api-key",
    name: "Blitapp API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Blitapp takes scheduled screenshots of web pages and dashboards. API keys are 39 letters, digits, - and _, sent in the API-Key header. It has no prefix, so it is recognised only in a name that mentions Blitapp.",
    security: [
      "Screenshot jobs, which may capture internal dashboards, can be read, changed or pointed at new destinations.",
    ],
    mitigation: {
      revoke: "In Blitapp open Account > API, regenerate the key and update the integrations that used it.",
      revokeUrl: "https://blitapp.com/account/",
      audit: "Review the account's apps (screenshot jobs) and their destinations for changes.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["blitapp"],
    pattern: new RegExp(
      `${vendorPhrase(["blitapp", "blitApp", "BlitApp"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{39})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Lists the account's apps: a read that takes no screenshot.
    verify: {
      method: "GET",
      url: "https://blitapp.com/api/apps/all",
      headers: { "API-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `BLITAPP_API_KEY=${randomChars("base64url", 39, "blitapp-api-key-1")}`,
      () => `blitapp_api_key: "${randomChars("base64url", 39, "blitapp-api-key-2")}"`,
      () => `const blitappApiKey = "${randomChars("base64url", 39, "blitapp-api-key-3")}";`,
    ],
    negatives: [
      "BLITAPP_API_KEY=<your API key>",
      () => `BLITAPP_API_KEY=${randomChars("base64url", 32, "blitapp-api-key-short")}`,
    ],
    references: [
      "https://blitapp.com/api/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/blitapp",
    ],
  },
];
