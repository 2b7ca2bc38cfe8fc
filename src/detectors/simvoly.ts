import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "simvoly-api-key",
    name: "Simvoly API key",
    vendor: "Simvoly",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Simvoly builds websites, funnels and online stores. Its API key, 33 lower-case letters and digits, is recognised next to a Simvoly name.",
    security: [
      "Site members, orders and form submissions, with customers' personal data, can be read and changed.",
    ],
    mitigation: {
      revoke: "In Simvoly open Settings > API, delete the key and create a new one.",
      revokeUrl: "https://app.simvoly.com/",
    },
    keywords: ["simvoly"],
    pattern: new RegExp(
      `${vendorPhrase(["simvoly", "Simvoly"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{33})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `SIMVOLY_API_KEY=${randomChars("lowerAlnum", 33, "simvoly-1")}`,
      () => `simvolyToken = "${randomChars("lowerAlnum", 33, "simvoly-2")}"`,
    ],
    negatives: [
      "SIMVOLY_API_KEY=<your Simvoly key>",
      () => `SIMVOLY_API_KEY=${randomChars("lowerAlnum", 25, "simvoly-short")}`,
    ],
    references: [
      "https://developers.simvoly.com/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/simvoly/simvoly.go",
    ],
  },
];
