import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Face++";

export const detectors: Detector[] = [
  {
    id: "faceplusplus-api-secret",
    name: "Face++ API secret",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Face++ (Megvii) provides face detection, comparison and search APIs. An API key and API secret (32 characters of letters, digits, _ and - each) authenticate every call. It has no prefix, so it is recognised only in a name that mentions Face++.",
    security: [
      "FaceSets of the app, which hold face tokens of enrolled people, can be searched, changed or deleted.",
      "Requests to the face APIs can be made on the owner's plan, using up its quota or running up overage charges.",
    ],
    mitigation: {
      revoke: "In the Face++ console open Apps > API Key, delete the leaked key pair and create a new one.",
      revokeUrl: "https://console.faceplusplus.com/app/apikey/list",
      audit: "Review the app's FaceSets and call statistics in the Face++ console.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["faceplusplus", "facepp"],
    pattern: new RegExp(
      `${vendorName(["faceplusplus", "facePlusPlus", "FacePlusPlus", "facepp", "FACEPP", "FacePP", "facePP"], ["secret", "SECRET", "Secret", "client_secret", "clientSecret", "ClientSecret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `FACEPP_API_SECRET=${randomChars("base64url", 32, "faceplusplus-api-secret-1")}`,
      () => `facepp_api_secret: "${randomChars("base64url", 32, "faceplusplus-api-secret-2")}"`,
      () => `const faceppApiSecret = "${randomChars("base64url", 32, "faceplusplus-api-secret-3")}";`,
    ],
    negatives: [
      "FACEPP_API_SECRET=<your API secret>",
      () => `FACEPP_API_SECRET=${randomChars("base64url", 24, "faceplusplus-api-secret-short")}`,
    ],
    references: [
      "https://console.faceplusplus.com/documents/5679127",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/faceplusplus",
    ],
  },
];
