import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "iconfinder-api-key",
    name: "Iconfinder API key",
    vendor: "Iconfinder",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Iconfinder is a marketplace for icons and illustrations. API keys are 64 letters and digits sent as a Bearer token; they can download premium icons on the account's plan. They are recognised next to an Iconfinder name.",
    security: [
      "Premium icons can be downloaded on the account's plan and quota.",
      "The account's purchased and uploaded icon sets can be listed.",
    ],
    mitigation: {
      revoke: "In Iconfinder open Account > API and regenerate the application's key.",
      revokeUrl: "https://www.iconfinder.com/account/applications",
    },
    keywords: ["iconfinder", "icon_finder"],
    pattern: new RegExp(
      `${vendorName(["iconfinder", "iconFinder", "icon_finder"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists one icon set: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.iconfinder.com/v4/iconsets?count=1",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `ICONFINDER_API_KEY=${randomChars("alnum", 64, "iconfinder-api-key-1")}`,
      () => `{"iconfinderApiKey": "${randomChars("alnum", 64, "iconfinder-api-key-2")}"}`,
      () => `const iconfinderToken = "${randomChars("alnum", 64, "iconfinder-api-key-3")}";`,
    ],
    negatives: [
      "ICONFINDER_API_KEY=<your Iconfinder API key>",
      () => `iconfinder_api_key: ${randomChars("alnum", 60, "iconfinder-api-key-short")}`,
    ],
    references: ["https://developer.iconfinder.com/reference/overview-1"],
  },
];
