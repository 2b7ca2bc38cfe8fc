import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ecostruxureit-api-key",
    name: "EcoStruxure IT API key",
    vendor: "Schneider Electric",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "EcoStruxure IT is Schneider Electric's cloud monitoring for data-centre power and cooling equipment. Its API keys start with AK1 followed by 50 to 55 letters, digits and slashes; AK1 is too short to find them alone, so they are recognised next to an EcoStruxure name.",
    security: [
      "The organizations' devices, sensor readings and alarms (UPS, PDU and cooling state of the data centres) can be read.",
      "The inventory reveals the sites and equipment that an attacker could target.",
    ],
    mitigation: {
      revoke:
        "In EcoStruxure IT Expert open Settings > API keys (integrations), delete the leaked key and create a new one; update the integrations that use it.",
      revokeUrl: "https://api.ecostruxureit.com/",
      audit: "Review the organization's API key list and the integrations that read its data.",
    },
    keywords: ["ecostruxure"],
    pattern: new RegExp(
      `(?:ECOSTRUXURE|[Ee]co[Ss]truxure)${NAME_TAIL_ASSIGN_OR_CALL}(?:Bearer\\s{1,3})?(?<secret>AK1[0-9A-Za-z/]{50,55})${TOKEN_END}`,
    ),
    examples: [
      () => `ECOSTRUXURE_IT_API_KEY=AK1${randomChars("alnum", 52, "eco-1")}`,
      () => `ecostruxureit_api_key: "AK1${randomChars("alnum", 50, "eco-2")}"`,
    ],
    negatives: [
      "ECOSTRUXURE_IT_API_KEY=AK1-your-api-key",
      () => `ECOSTRUXURE_IT_API_KEY=AK2${randomChars("alnum", 52, "eco-ak2")}`,
    ],
    references: ["https://api.ecostruxureit.com/rest/v1/"],
  },
];
