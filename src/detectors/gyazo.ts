import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gyazo-access-token",
    name: "Gyazo access token",
    vendor: "Gyazo",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Gyazo is a screenshot and screen-recording sharing service. API access tokens (43 characters of letters, digits, - and _) read and upload a user's captures; they are recognised next to a Gyazo name.",
    security: [
      "Every screenshot the user captured, which often shows internal tools and data, can be listed and downloaded.",
      "Images can be uploaded to or deleted from the account.",
    ],
    mitigation: {
      revoke:
        "Open Gyazo's developer applications page, select the application and regenerate or delete its access token.",
      revokeUrl: "https://gyazo.com/oauth/applications",
    },
    keywords: ["gyazo"],
    pattern: new RegExp(
      `${vendorName(["gyazo"], ["key", "token"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the token owner's own profile: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.gyazo.com/api/users/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `GYAZO_API_KEY=${randomChars("base64url", 43, "gyazo-access-token-1")}`,
      () => `{"gyazoApiKey": "${randomChars("base64url", 43, "gyazo-access-token-2")}"}`,
      () => `const gyazoToken = "${randomChars("base64url", 43, "gyazo-access-token-3")}";`,
    ],
    negatives: [
      "GYAZO_API_KEY=<your Gyazo API key>",
      () => `gyazo_api_key: ${randomChars("base64url", 39, "gyazo-access-token-short")}`,
    ],
    references: ["https://gyazo.com/api/docs"],
  },
];
