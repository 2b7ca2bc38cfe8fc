import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "planyo-api-key",
    name: "Planyo API key",
    vendor: "Planyo",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Planyo is an online reservation system for rentals, rooms and appointments. API keys are 62 lower-case letters and digits passed as api_key with full access to the site's reservations; they are recognised next to a Planyo name.",
    security: [
      "Reservations with customer names, e-mail addresses and phone numbers can be read.",
      "Reservations, resources and prices can be created, changed or cancelled.",
    ],
    mitigation: {
      revoke:
        "In Planyo open Settings > API and remove or regenerate the key (keys can also be limited to IP addresses there).",
      revokeUrl: "https://www.planyo.com/api.php",
    },
    keywords: ["planyo"],
    pattern: new RegExp(
      `${vendorName(["planyo", "Planyo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{62})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // get_site_info reads the site's own settings: a call that changes nothing.
    verify: {
      method: "GET",
      url: "https://www.planyo.com/rest/?method=get_site_info&api_key={secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "data" },
    },
    examples: [
      () => `PLANYO_API_KEY=${randomChars("lowerAlnum", 62, "planyo-1")}`,
      () => `$planyo_key = '${randomChars("lowerAlnum", 62, "planyo-2")}';`,
    ],
    negatives: [
      "PLANYO_API_KEY=your_planyo_api_key",
      () => `planyo_key = "${randomChars("lowerAlnum", 40, "planyo-short")}"`,
    ],
    references: [
      "https://www.planyo.com/api.php",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/planyo.yml",
    ],
  },
];
