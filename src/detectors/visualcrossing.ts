import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "visualcrossing-api-key",
    name: "Visual Crossing API key",
    vendor: "Visual Crossing",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Visual Crossing provides weather forecasts and historical weather data through its Timeline API. Its API key (25 upper-case letters and digits, sent as the key parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Visual Crossing name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the Visual Crossing account page, regenerate the API key and update the applications that use it.",
      revokeUrl: "https://www.visualcrossing.com/account",
      audit:
        "Compare the usage shown in the Visual Crossing dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["visualcrossing", "visual_crossing"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["visualcrossing", "visual_crossing", "visualCrossing"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{25})${TOKEN_END}`,
    ),
    examples: [
      () => `VISUALCROSSING_API_KEY=${randomChars("upperAlnum", 25, "visualcrossing-api-key-1")}`,
      () => `visualcrossing_api_key: "${randomChars("upperAlnum", 25, "visualcrossing-api-key-2")}"`,
      () => `const visualcrossingApiKey = "${randomChars("upperAlnum", 25, "visualcrossing-api-key-3")}";`,
    ],
    negatives: [
      "VISUALCROSSING_API_KEY=your_visualcrossing_api_key_here",
      () => `VISUALCROSSING_API_KEY=${randomChars("upperAlnum", 22, "visualcrossing-api-key-short")}`,
      () => `VISUALCROSSING_URL=${randomChars("upperAlnum", 25, "visualcrossing-api-key-noname")}`,
    ],
    references: [
      "https://www.visualcrossing.com/resources/documentation/weather-api/timeline-weather-api/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/visualcrossing/visualcrossing.go",
    ],
  },
];
