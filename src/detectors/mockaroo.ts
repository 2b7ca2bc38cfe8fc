import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "mockaroo-api-key",
    name: "Mockaroo API key",
    vendor: "Mockaroo",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Mockaroo generates realistic test data. API keys are 8 hexadecimal characters passed as key; they are short, so only a MOCKAROO_API_KEY-style name marks them.",
    security: [
      "Schemas and datasets saved in the account can be read, and its daily generation quota used up.",
    ],
    mitigation: {
      revoke: "In Mockaroo open My Account and regenerate the API key.",
      revokeUrl: "https://www.mockaroo.com/myaccount",
    },
    keywords: ["mockaroo"],
    pattern: new RegExp(
      `${vendorName(["mockaroo"], ["api_key", "apiKey", "key"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8})${TOKEN_END}`,
    ),
    minEntropy: 2.5,
    // Lists the data types Mockaroo offers: free, and it changes nothing
    verify: {
      method: "GET",
      url: "https://api.mockaroo.com/api/types?key={secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "types" },
    },
    examples: [
      () => `MOCKAROO_API_KEY=${randomChars("hexLower", 8, "mockaroo-api-key-1")}`,
      () => `{"mockarooApiKey": "${randomChars("hexLower", 8, "mockaroo-api-key-2")}"}`,
      () => `const mockarooKey = "${randomChars("hexLower", 8, "mockaroo-api-key-3")}";`,
    ],
    negatives: [
      "MOCKAROO_API_KEY=<your Mockaroo API key>",
      () => `mockaroo_api_key: ${randomChars("hexLower", 6, "mockaroo-api-key-short")}`,
    ],
    references: ["https://www.mockaroo.com/docs"],
  },
];
