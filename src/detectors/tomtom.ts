import { NESTED_KEY_NAME, nestedUnder } from "../catalog/nearby.js";
import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tomtom-api-key",
    name: "TomTom API key",
    vendor: "TomTom",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "TomTom provides maps, routing, search and traffic APIs. Its API key (32 letters and digits, sent as the key parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a TomTom name and a credential word, as the key parameter of an api.tomtom.com URL, or as the key of a tomtom: block.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the TomTom Developer Portal open Dashboard > Keys, delete the leaked key (or restrict it by domain or app), and create a new one.",
      revokeUrl: "https://developer.tomtom.com/user/me/apps",
      audit:
        "Compare the usage shown in the TomTom dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["tomtom", "tom_tom"],
    // The block a `tomtom:` line opens spans the next lines.
    window: { before: 64, after: 600, multiline: true },
    pattern: new RegExp(
      `(?:${vendorNameAtWordStart(["tomtom", "tom_tom", "tomTom"], ["key", "token", "secret"])}${ASSIGN_LOOSE}|api\\.tomtom\\.com/[^\\s"'?]{0,200}\\?(?:[^\\s"'#]{0,300}&)?key=|${NESTED_KEY_NAME})(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    validate: nestedUnder(/tom_?tom/i, "a key of no vendor's name, not in a TomTom block"),
    examples: [
      () => `TOMTOM_API_KEY=${randomChars("alnum", 32, "tomtom-api-key-1")}`,
      () => `tomtom_api_key: "${randomChars("alnum", 32, "tomtom-api-key-2")}"`,
      () => `const tomtomApiKey = "${randomChars("alnum", 32, "tomtom-api-key-3")}";`,
      () =>
        `curl "https://api.tomtom.com/search/2/geocode/Amsterdam.json?limit=1&key=${randomChars("alnum", 32, "tomtom-api-key-4")}"`,
      () => `maps:\n  tomtom:\n    key: ${randomChars("alnum", 32, "tomtom-api-key-5")}\n    timeout: 5s`,
    ],
    negatives: [
      "TOMTOM_API_KEY=your_tomtom_api_key_here",
      () => `TOMTOM_API_KEY=${randomChars("alnum", 29, "tomtom-api-key-short")}`,
      () => `TOMTOM_URL=${randomChars("alnum", 32, "tomtom-api-key-noname")}`,
      // Another block's key after TomTom's.
      () =>
        `tomtom:\n  key: \${TOMTOM_KEY}\nmapquest:\n  key: ${randomChars("alnum", 32, "tomtom-api-key-other")}`,
    ],
    references: [
      "https://developer.tomtom.com/platform/documentation/dashboard/api-keys",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/tomtom/tomtom.go",
    ],
  },
];
