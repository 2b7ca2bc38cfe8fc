import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "spoonacular-api-key",
    name: "Spoonacular API key",
    vendor: "Spoonacular",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Spoonacular provides recipe, ingredient and nutrition data through an API. Its API key (32 hexadecimal characters, sent as the apiKey parameter) spends the account's daily points.",
    security: [
      "Requests can be made on the owner's plan, using up its daily points or causing overage charges.",
    ],
    mitigation: {
      revoke:
        "In the Spoonacular console open Profile and generate a new API key; update the applications that use it.",
      revokeUrl: "https://spoonacular.com/food-api/console#Profile",
      audit: "Review the console's usage graph for requests during the exposure window.",
      bestPractices: ["proxy requests through a server so the key is not in app code"],
    },
    keywords: ["spoonacular"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["spoonacular"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `SPOONACULAR_API_KEY=${randomChars("hexLower", 32, "spoonacular-api-key-1")}`,
      () => `spoonacular_api_key: "${randomChars("hexLower", 32, "spoonacular-api-key-2")}"`,
      () => `const spoonacularApiKey = "${randomChars("hexLower", 32, "spoonacular-api-key-3")}";`,
    ],
    negatives: [
      "SPOONACULAR_API_KEY=your_spoonacular_api_key_here",
      () => `SPOONACULAR_API_KEY=${randomChars("hexLower", 29, "spoonacular-api-key-short")}`,
      () => `SPOONACULAR_URL=${randomChars("hexLower", 32, "spoonacular-api-key-noname")}`,
    ],
    references: [
      "https://spoonacular.com/food-api/docs#Authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/spoonacular/spoonacular.go",
    ],
  },
];
