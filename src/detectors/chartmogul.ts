import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "ChartMogul";

export const detectors: Detector[] = [
  {
    id: "chartmogul-api-key",
    name: "ChartMogul API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "ChartMogul is subscription revenue analytics fed by billing systems. API keys are 32 lower-case hexadecimal characters, used as the HTTP Basic username with an empty password. It has no prefix, so it is recognised only in a name that mentions ChartMogul.",
    security: [
      "Revenue metrics and the customer list, with emails and subscription values, can be read.",
      "A read-and-write key can import, change or delete customers, plans and invoices, corrupting the metrics.",
    ],
    mitigation: {
      revoke:
        "In ChartMogul open Profile > API keys (or Settings > API), delete the leaked key and create a new one with the needed access level.",
      revokeUrl: "https://app.chartmogul.com/#/admin/api",
      audit: "Review the account's data sources, customers and API key list for changes.",
      bestPractices: ["give keys read-only access where the integration only reads metrics"],
    },
    keywords: ["chartmogul"],
    pattern: new RegExp(
      `${vendorPhrase(["chartmogul", "chartMogul", "ChartMogul"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    // The ping endpoint only checks the credentials.
    verify: {
      method: "GET",
      url: "https://api.chartmogul.com/v1/ping",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
      liveRequires: { field: "data", equals: "pong!" },
    },
    examples: [
      () => `CHARTMOGUL_API_KEY=${randomChars("hexLower", 32, "chartmogul-api-key-1")}`,
      () => `chartmogul_api_key: "${randomChars("hexLower", 32, "chartmogul-api-key-2")}"`,
      () => `const chartmogulApiKey = "${randomChars("hexLower", 32, "chartmogul-api-key-3")}";`,
    ],
    negatives: [
      "CHARTMOGUL_API_KEY=<your API key>",
      () => `CHARTMOGUL_API_KEY=${randomChars("hexLower", 26, "chartmogul-api-key-short")}`,
    ],
    references: [
      "https://dev.chartmogul.com/docs/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/chartmogul",
    ],
  },
];
