import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "dronahq-token-key",
    name: "DronaHQ token key",
    vendor: "DronaHQ",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "DronaHQ is a low-code platform for internal tools and apps. Its API token key is 50 lower-case letters and digits without a prefix, passed as the tokenkey parameter, so it is recognised next to a DronaHQ name.",
    security: [
      "The account's users and apps can be read and managed through the DronaHQ API.",
      "Data that the account's apps hold can be reached with the owner's rights.",
    ],
    mitigation: {
      revoke:
        "In DronaHQ open the account settings (API / token key), regenerate the token key and update the integrations that send it.",
      revokeUrl: "https://www.dronahq.com/",
      audit: "Review the account's users and app changes for ones you did not make.",
    },
    keywords: ["dronahq"],
    pattern: new RegExp(
      `(?:DRONAHQ|[Dd]rona[Hh][Qq])${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-z0-9]{50})${TOKEN_END}`,
    ),
    examples: [
      () => `DRONAHQ_TOKEN_KEY=${randomChars("lowerAlnum", 50, "drona-1")}`,
      () => `dronahq_api_key: '${randomChars("lowerAlnum", 50, "drona-2")}'`,
    ],
    negatives: [
      "DRONAHQ_TOKEN_KEY=your-dronahq-token",
      () => `DRONAHQ_TOKEN_KEY=${randomChars("lowerAlnum", 40, "drona-short")}`,
    ],
    references: ["https://docs.dronahq.com/"],
  },
];
