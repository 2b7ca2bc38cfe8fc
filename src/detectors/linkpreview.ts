import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "linkpreview-api-key",
    name: "LinkPreview API key",
    vendor: "LinkPreview",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "LinkPreview (linkpreview.net) returns the title, description and image of a URL. API keys are 32 letters and digits passed as key; requests count against the plan. They are recognised next to a LinkPreview name.",
    security: ["Requests count against the plan's quota."],
    mitigation: {
      revoke: "At my.linkpreview.net, regenerate the access key.",
      revokeUrl: "https://my.linkpreview.net/",
    },
    keywords: ["linkpreview", "link_preview"],
    pattern: new RegExp(
      `${vendorPhrase(["linkpreview", "linkPreview", "link_preview"], ["api_key", "apiKey", "key"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `LINKPREVIEW_API_KEY=${randomChars("alnum", 32, "linkpreview-api-key-1")}`,
      () => `{"linkpreviewApiKey": "${randomChars("alnum", 32, "linkpreview-api-key-2")}"}`,
      () => `const linkpreviewKey = "${randomChars("alnum", 32, "linkpreview-api-key-3")}";`,
    ],
    negatives: [
      "LINKPREVIEW_API_KEY=<your LinkPreview API key>",
      () => `linkpreview_api_key: ${randomChars("alnum", 28, "linkpreview-api-key-short")}`,
    ],
    references: ["https://docs.linkpreview.net/"],
  },
];
