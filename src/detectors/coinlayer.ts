import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "coinlayer";

export const detectors: Detector[] = [
  {
    id: "coinlayer-access-key",
    name: "coinlayer access key",
    vendor,
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "coinlayer (by APILayer) serves cryptocurrency exchange rates. Access keys are 32 lower-case hexadecimal characters, passed as the access_key parameter. It has no prefix, so it is recognised only in a name that mentions coinlayer.",
    security: [
      "Requests to the coinlayer API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to coinlayer, open the dashboard and reset the API access key; update the applications that used it.",
      revokeUrl: "https://coinlayer.com/dashboard",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["coinlayer"],
    pattern: new RegExp(
      `${vendorPhrase(["coinlayer", "coinLayer", "CoinLayer"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `COINLAYER_ACCESS_KEY=${randomChars("hexLower", 32, "coinlayer-access-key-1")}`,
      () => `coinlayer_access_key: "${randomChars("hexLower", 32, "coinlayer-access-key-2")}"`,
      () => `const coinLayerKey = "${randomChars("hexLower", 32, "coinlayer-access-key-3")}";`,
    ],
    negatives: [
      "COINLAYER_ACCESS_KEY=<your access key>",
      () => `COINLAYER_ACCESS_KEY=${randomChars("hexLower", 28, "coinlayer-access-key-short")}`,
    ],
    references: [
      "https://coinlayer.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/coinlayer",
    ],
  },
];
