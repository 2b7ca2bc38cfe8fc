import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "sherpadesk-api-token",
    name: "SherpaDesk API token",
    vendor: "SherpaDesk",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "SherpaDesk is a help desk and PSA tool for IT providers. Its API token, 32 lower-case letters and digits sent as the Basic-auth password, is recognised next to a SherpaDesk name.",
    security: ["Tickets, customers, assets and time records can be read and changed."],
    mitigation: {
      revoke:
        "In SherpaDesk open Profile > API Token, regenerate it and update the integrations that use it.",
      revokeUrl: "https://app.sherpadesk.com/",
    },
    keywords: ["sherpadesk", "sherpa_desk"],
    pattern: new RegExp(
      `${vendorPhrase(["sherpadesk", "sherpaDesk", "SherpaDesk", "sherpa_desk"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the organizations the token reaches: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.sherpadesk.com/organizations/",
      basicAuth: { user: "x", password: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `SHERPADESK_API_TOKEN=${randomChars("lowerAlnum", 32, "sherpadesk-1")}`,
      () => `sherpadesk_key: ${randomChars("lowerAlnum", 32, "sherpadesk-2")}`,
    ],
    negatives: [
      "SHERPADESK_API_KEY=<your SherpaDesk key>",
      () => `SHERPADESK_API_KEY=${randomChars("lowerAlnum", 24, "sherpadesk-short")}`,
    ],
    references: [
      "https://github.com/sherpadesk/api/wiki",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/sherpadesk/sherpadesk.go",
    ],
  },
];
