import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "simplesat-api-key",
    name: "Simplesat API key",
    vendor: "Simplesat",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Simplesat collects customer satisfaction surveys (CSAT, NPS). Its API key, 40 lower-case letters and digits sent in the X-Simplesat-Token header, is recognised next to a Simplesat name.",
    security: [
      "Survey answers, with customers' names, e-mail addresses and comments, can be read.",
      "Customers and answers can be created or changed.",
    ],
    mitigation: {
      revoke: "In Simplesat open Settings > API, regenerate the key and update the integrations that use it.",
      revokeUrl: "https://app.simplesat.io/",
    },
    keywords: ["simplesat", "simple_sat"],
    pattern: new RegExp(
      `${vendorPhrase(["simplesat", "simpleSat", "SimpleSat", "simple_sat"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{40})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists survey answers: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.simplesat.io/api/answers/",
      headers: { "X-Simplesat-Token": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `SIMPLESAT_API_KEY=${randomChars("lowerAlnum", 40, "simplesat-1")}`,
      () => `simplesat_token: ${randomChars("lowerAlnum", 40, "simplesat-2")}`,
    ],
    negatives: [
      "SIMPLESAT_API_KEY=<your Simplesat key>",
      () => `SIMPLESAT_API_KEY=${randomChars("lowerAlnum", 32, "simplesat-short")}`,
    ],
    references: [
      "https://api.simplesat.io/docs/",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/simplesat/simplesat.go",
    ],
  },
];
