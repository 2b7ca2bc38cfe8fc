import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Docparser";

export const detectors: Detector[] = [
  {
    id: "docparser-api-key",
    name: "Docparser API key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Docparser extracts data from PDFs and scanned documents with parsing rules. The account's secret API key is 40 lower-case hexadecimal characters, passed as api_key or as the HTTP Basic username. It has no prefix, so it is recognised only in a name that mentions Docparser.",
    security: [
      "Parsed data of every uploaded document (invoices, orders, forms) can be downloaded.",
      "Documents can be uploaded against the plan's quota and parsers' results re-sent to webhooks.",
    ],
    mitigation: {
      revoke:
        "In Docparser open Account Settings > API Key and reset the key; update the integrations that used it.",
      revokeUrl: "https://app.docparser.com/myaccount/api",
      audit:
        "Review the parsers' document lists and integrations for uploads and downloads you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["docparser"],
    pattern: new RegExp(
      `${vendorName(["docparser", "docParser", "DocParser"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    // Lists the account's parsers: a read that uploads nothing.
    verify: {
      method: "GET",
      url: "https://api.docparser.com/v1/parsers?api_key={secret}",
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `DOCPARSER_API_KEY=${randomChars("hexLower", 40, "docparser-api-key-1")}`,
      () => `docparser_api_key: "${randomChars("hexLower", 40, "docparser-api-key-2")}"`,
      () => `const docparserApiKey = "${randomChars("hexLower", 40, "docparser-api-key-3")}";`,
    ],
    negatives: [
      "DOCPARSER_API_KEY=<your API key>",
      () => `DOCPARSER_API_KEY=${randomChars("hexLower", 32, "docparser-api-key-short")}`,
    ],
    references: [
      "https://docparser.com/api/#authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/docparser",
    ],
  },
];
