import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "EnableX";

export const detectors: Detector[] = [
  {
    id: "enablex-app-key",
    name: "EnableX app key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "EnableX provides video, voice and messaging APIs. Projects have an app id (24 hexadecimal characters) and an app key of 36 letters and digits, used with HTTP Basic auth. It has no prefix, so it is recognised only in a name that mentions EnableX.",
    security: [
      "Rooms and tokens can be created, joining video sessions of the project.",
      "Calls and messages can be placed at the account's expense.",
    ],
    mitigation: {
      revoke: "In the EnableX portal open the project's settings and regenerate the app key.",
      revokeUrl: "https://portal.enablex.io/",
      audit: "Review the project's call and session logs and usage billing.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["enablex"],
    pattern: new RegExp(
      `${vendorName(["enablex", "enableX", "EnableX"], ["app_key", "appKey", "AppKey", "api_key", "apiKey", "ApiKey"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{36})${TOKEN_END}`,
    ),
    examples: [
      () => `ENABLEX_APP_KEY=${randomChars("alnum", 36, "enablex-app-key-1")}`,
      () => `enablex_app_key: "${randomChars("alnum", 36, "enablex-app-key-2")}"`,
      () => `const enablexAppKey = "${randomChars("alnum", 36, "enablex-app-key-3")}";`,
    ],
    negatives: [
      "ENABLEX_APP_KEY=<your app key>",
      () => `ENABLEX_APP_KEY=${randomChars("alnum", 30, "enablex-app-key-short")}`,
    ],
    references: [
      "https://developer.enablex.io/docs/references/apis/video-api/index/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/enablex",
    ],
  },
];
