import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "countrylayer";

export const detectors: Detector[] = [
  {
    id: "countrylayer-access-key",
    name: "countrylayer access key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "countrylayer (by APILayer) serves country data (codes, currencies, languages). Access keys are 32 lower-case hexadecimal characters, passed as the access_key parameter. It has no prefix, so it is recognised only in a name that mentions countrylayer.",
    security: [
      "Requests to the countrylayer API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to countrylayer, open the dashboard and reset the API access key; update the applications that used it.",
      revokeUrl: "https://countrylayer.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["countrylayer"],
    pattern: new RegExp(
      `${vendorPhrase(["countrylayer", "countryLayer", "CountryLayer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `COUNTRYLAYER_ACCESS_KEY=${randomChars("hexLower", 32, "countrylayer-access-key-1")}`,
      () => `countrylayer_access_key: "${randomChars("hexLower", 32, "countrylayer-access-key-2")}"`,
      () => `const countryLayerKey = "${randomChars("hexLower", 32, "countrylayer-access-key-3")}";`,
    ],
    negatives: [
      "COUNTRYLAYER_ACCESS_KEY=<your access key>",
      () => `COUNTRYLAYER_ACCESS_KEY=${randomChars("hexLower", 28, "countrylayer-access-key-short")}`,
    ],
    references: [
      "https://countrylayer.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/countrylayer",
    ],
  },
];
