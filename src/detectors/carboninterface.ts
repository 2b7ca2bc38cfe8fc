import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Carbon Interface";

export const detectors: Detector[] = [
  {
    id: "carboninterface-api-key",
    name: "Carbon Interface API key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Carbon Interface estimates carbon emissions of flights, shipping, electricity and vehicles. API keys are 21 letters and digits, sent as a Bearer token. It has no prefix, so it is recognised only in a name that mentions Carbon Interface.",
    security: [
      "Requests to the estimates API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "Sign in to Carbon Interface, open the dashboard's API keys and regenerate the key.",
      revokeUrl: "https://www.carboninterface.com/account/api_credentials",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["carboninterface", "carbon_interface"],
    pattern: new RegExp(
      `${vendorName(["carboninterface", "carbon_interface", "carbonInterface", "CarbonInterface"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{21})${TOKEN_END}`,
    ),
    examples: [
      () => `CARBON_INTERFACE_API_KEY=${randomChars("alnum", 21, "carboninterface-api-key-1")}`,
      () => `carbon_interface_api_key: "${randomChars("alnum", 21, "carboninterface-api-key-2")}"`,
      () => `const carbonInterfaceKey = "${randomChars("alnum", 21, "carboninterface-api-key-3")}";`,
    ],
    negatives: [
      "CARBON_INTERFACE_API_KEY=<your API key>",
      () => `CARBON_INTERFACE_API_KEY=${randomChars("alnum", 16, "carboninterface-api-key-short")}`,
    ],
    references: [
      "https://docs.carboninterface.com/#/?id=authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/carboninterface",
    ],
  },
];
