import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ConvertAPI";

export const detectors: Detector[] = [
  {
    id: "convertapi-secret",
    name: "ConvertAPI secret",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "ConvertAPI converts documents, images and spreadsheets between formats. The account secret is 16 letters and digits, passed as the Secret parameter. It has no prefix, so it is recognised only in a name that mentions ConvertAPI.",
    security: [
      "Requests to the conversion API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
      "Documents sent for conversion pass through the attacker's requests, not yours; stored files of the account can be listed.",
    ],
    mitigation: {
      revoke:
        "In ConvertAPI open Account > Authentication, regenerate the secret and update the applications that used it.",
      revokeUrl: "https://www.convertapi.com/a/authentication",
      audit: "Compare the dashboard's request statistics with your own traffic for calls you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["convertapi"],
    pattern: new RegExp(
      `${vendorPhrase(["convertapi", "convertApi", "ConvertApi", "ConvertAPI"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{16})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // Reads the account's own details: converts nothing.
    verify: {
      method: "GET",
      url: "https://v2.convertapi.com/user?Secret={secret}",
      live: [200],
      dead: [401],
    },
    examples: [
      () => `CONVERTAPI_SECRET=${randomChars("alnum", 16, "convertapi-secret-1")}`,
      () => `convertapi_secret: "${randomChars("alnum", 16, "convertapi-secret-2")}"`,
      () => `const convertApiSecret = "${randomChars("alnum", 16, "convertapi-secret-3")}";`,
    ],
    negatives: [
      "CONVERTAPI_SECRET=<your secret>",
      () => `CONVERTAPI_SECRET=${randomChars("alnum", 12, "convertapi-secret-short")}`,
    ],
    references: [
      "https://www.convertapi.com/doc/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/convertapi",
    ],
  },
];
