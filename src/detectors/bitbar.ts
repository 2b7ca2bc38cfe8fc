import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BitBar (SmartBear)";

export const detectors: Detector[] = [
  {
    id: "bitbar-api-key",
    name: "BitBar API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "BitBar, by SmartBear, runs app and browser tests on real devices in the cloud. API keys are 32 lower-case letters and digits, used as the HTTP Basic username with an empty password. It has no prefix, so it is recognised only in a name that mentions BitBar (SmartBear).",
    security: [
      "Uploaded app binaries, test results, screenshots and device logs can be downloaded.",
      "Test runs can be started on the account's device minutes.",
    ],
    mitigation: {
      revoke:
        "In BitBar open My account > API key (Account settings), regenerate the key and update CI variables that used it.",
      revokeUrl: "https://cloud.bitbar.com/#user/my-account",
      audit: "Review test runs, uploaded apps and device sessions for activity you did not start.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["bitbar"],
    pattern: new RegExp(
      `${vendorName(["bitbar", "bitBar", "BitBar"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    // Reads the key's own user: starts no run.
    verify: {
      method: "GET",
      url: "https://cloud.bitbar.com/api/me",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `BITBAR_API_KEY=${randomChars("lowerAlnum", 32, "bitbar-api-key-1")}`,
      () => `bitbar_api_key: "${randomChars("lowerAlnum", 32, "bitbar-api-key-2")}"`,
      () => `const bitbarApiKey = "${randomChars("lowerAlnum", 32, "bitbar-api-key-3")}";`,
    ],
    negatives: [
      "BITBAR_API_KEY=<your API key>",
      () => `BITBAR_API_KEY=${randomChars("lowerAlnum", 26, "bitbar-api-key-short")}`,
    ],
    references: [
      "https://support.smartbear.com/bitbar/docs/en/api/api-overview.html",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/bitbar",
    ],
  },
];
