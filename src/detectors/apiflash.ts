import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ApiFlash";

export const detectors: Detector[] = [
  {
    id: "apiflash-access-key",
    name: "ApiFlash access key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ApiFlash is a website screenshot API. Access keys are 32 lower-case hexadecimal characters, passed as the access_key query parameter. It has no prefix, so it is recognised only in a name that mentions ApiFlash.",
    security: [
      "Requests to the screenshot API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke:
        "Sign in to ApiFlash, open Dashboard > Access keys, create a new key and delete the leaked one.",
      revokeUrl: "https://apiflash.com/dashboard/access_keys",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["apiflash"],
    pattern: new RegExp(
      `${vendorName(["apiflash", "apiFlash", "ApiFlash"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `APIFLASH_ACCESS_KEY=${randomChars("hexLower", 32, "apiflash-access-key-1")}`,
      () => `apiflash_access_key: "${randomChars("hexLower", 32, "apiflash-access-key-2")}"`,
      () => `const apiflashAccessKey = "${randomChars("hexLower", 32, "apiflash-access-key-3")}";`,
    ],
    negatives: [
      "APIFLASH_ACCESS_KEY=<your access key>",
      () => `APIFLASH_ACCESS_KEY=${randomChars("hexLower", 26, "apiflash-access-key-short")}`,
    ],
    references: [
      "https://apiflash.com/documentation",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/apiflash",
    ],
  },
];
