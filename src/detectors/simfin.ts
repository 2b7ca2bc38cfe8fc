import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "simfin-api-key",
    name: "SimFin API key",
    vendor: "SimFin",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "SimFin publishes company fundamentals and share prices. Its API key, 32 letters and digits passed as api-key, is recognised next to a SimFin name.",
    security: ["Data requests are counted against the account's (possibly paid) plan."],
    mitigation: {
      revoke: "In the SimFin account settings regenerate the API key.",
      revokeUrl: "https://app.simfin.com/data-access/api",
    },
    keywords: ["simfin", "sim_fin"],
    pattern: new RegExp(
      `${vendorPhrase(["simfin", "simFin", "SimFin", "sim_fin"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `SIMFIN_API_KEY=${randomChars("alnum", 32, "simfin-1")}`,
      () => `simfin_api_key: "${randomChars("alnum", 32, "simfin-2")}"`,
    ],
    negatives: [
      "SIMFIN_API_KEY=<your SimFin key>",
      () => `SIMFIN_API_KEY=${randomChars("alnum", 24, "simfin-short")}`,
    ],
    references: [
      "https://simfin.readme.io/reference/getting-started-1",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/simfin/simfin.go",
    ],
  },
];
