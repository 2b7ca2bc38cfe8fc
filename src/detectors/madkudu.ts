import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "madkudu-api-key",
    name: "MadKudu API key",
    vendor: "MadKudu",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "MadKudu scores leads and accounts for B2B sales and marketing. API keys are 32 hexadecimal characters used as the HTTP Basic user name; they are recognised next to a MadKudu name.",
    security: [
      "Lead and account scores and enrichment data (company firmographics, person details) can be read.",
    ],
    mitigation: {
      revoke: "In MadKudu open Settings > API and regenerate the key.",
      revokeUrl: "https://app.madkudu.com/",
    },
    keywords: ["madkudu", "mad_kudu"],
    pattern: new RegExp(
      `${vendorName(["madkudu", "madKudu", "mad_kudu"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // The ping endpoint only checks the key
    verify: {
      method: "GET",
      url: "https://api.madkudu.com/v1/ping",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `MADKUDU_API_KEY=${randomChars("hexLower", 32, "madkudu-api-key-1")}`,
      () => `{"madkuduApiKey": "${randomChars("hexLower", 32, "madkudu-api-key-2")}"}`,
      () => `const madkuduToken = "${randomChars("hexLower", 32, "madkudu-api-key-3")}";`,
    ],
    negatives: [
      "MADKUDU_API_KEY=<your MadKudu API key>",
      () => `madkudu_api_key: ${randomChars("hexLower", 28, "madkudu-api-key-short")}`,
    ],
    references: ["https://developers.madkudu.com/reference/authentication"],
  },
];
