import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CalorieNinjas";

export const detectors: Detector[] = [
  {
    id: "calorieninjas-api-key",
    name: "CalorieNinjas API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "CalorieNinjas is a nutrition data API. API keys are 40 letters and digits, sent in the X-Api-Key header. It has no prefix, so it is recognised only in a name that mentions CalorieNinjas.",
    security: [
      "Requests to the nutrition API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to CalorieNinjas, open the account page and regenerate the API key.",
      revokeUrl: "https://calorieninjas.com/profile",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["calorieninja", "calorie_ninja"],
    pattern: new RegExp(
      `${vendorName(["calorieninja", "calorieNinja", "CalorieNinja", "calorie_ninja"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{40})${TOKEN_END}`,
    ),
    examples: [
      () => `CALORIENINJAS_API_KEY=${randomChars("alnum", 40, "calorieninjas-api-key-1")}`,
      () => `calorieninjas_api_key: "${randomChars("alnum", 40, "calorieninjas-api-key-2")}"`,
      () => `const calorieNinjasKey = "${randomChars("alnum", 40, "calorieninjas-api-key-3")}";`,
    ],
    negatives: [
      "CALORIENINJAS_API_KEY=<your API key>",
      () => `CALORIENINJAS_API_KEY=${randomChars("alnum", 32, "calorieninjas-api-key-short")}`,
    ],
    references: [
      "https://calorieninjas.com/api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/calorieninja",
    ],
  },
];
