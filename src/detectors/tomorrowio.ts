import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "tomorrowio-api-key",
    name: "Tomorrow.io API key",
    vendor: "Tomorrow.io",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description:
      "Tomorrow.io (formerly ClimaCell) provides weather forecasts and historical weather data through an API. Its API key (32 letters and digits, sent as the apikey parameter) identifies the account and its plan; it has no prefix, so it is recognised next to a Tomorrow.io name and a credential word.",
    security: [
      "Requests can be made on the owner's plan, using up its allowance or causing overage charges.",
      "Once the allowance is exhausted, the owner's own application stops getting answers.",
    ],
    mitigation: {
      revoke:
        "In the Tomorrow.io developer dashboard open API Keys, delete or rotate the key and update the applications that use it.",
      revokeUrl: "https://app.tomorrow.io/development/keys",
      audit:
        "Compare the usage shown in the Tomorrow.io dashboard with your own request volume for the exposure window.",
      bestPractices: ["call the API from a server, not from browser or mobile code where the key is visible"],
    },
    keywords: ["tomorrowio", "tomorrow_io", "climacell"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["tomorrowio", "tomorrow_io", "tomorrowIo", "climacell"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `TOMORROWIO_API_KEY=${randomChars("alnum", 32, "tomorrowio-api-key-1")}`,
      () => `tomorrowio_api_key: "${randomChars("alnum", 32, "tomorrowio-api-key-2")}"`,
      () => `const tomorrowioApiKey = "${randomChars("alnum", 32, "tomorrowio-api-key-3")}";`,
    ],
    negatives: [
      "TOMORROWIO_API_KEY=your_tomorrowio_api_key_here",
      () => `TOMORROWIO_API_KEY=${randomChars("alnum", 29, "tomorrowio-api-key-short")}`,
      () => `TOMORROWIO_URL=${randomChars("alnum", 32, "tomorrowio-api-key-noname")}`,
    ],
    references: [
      "https://docs.tomorrow.io/reference/api-authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/tomorrowio/tomorrowio.go",
    ],
  },
];
