import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "CraftMyPDF";

export const detectors: Detector[] = [
  {
    id: "craftmypdf-api-key",
    name: "CraftMyPDF API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "CraftMyPDF generates PDFs and images from templates through an API. API keys are 35 letters and digits, sent in the X-API-KEY header. It has no prefix, so it is recognised only in a name that mentions CraftMyPDF.",
    security: [
      "Templates can be read or changed and PDFs generated against the plan's credits.",
      "Generated documents, which may hold customer data, can be listed.",
    ],
    mitigation: {
      revoke:
        "In CraftMyPDF open API Integration, regenerate the API key and update the applications that used it.",
      revokeUrl: "https://app.craftmypdf.com/api",
      audit: "Review generated documents and template history for requests you did not make.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["craftmypdf"],
    pattern: new RegExp(
      `${vendorName(["craftmypdf", "craftMyPdf", "CraftMyPdf", "craftMyPDF", "CraftMyPDF"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{35})${TOKEN_END}`,
    ),
    // Reads the account's information: generates nothing.
    verify: {
      method: "GET",
      url: "https://api.craftmypdf.com/v1/get-account-info",
      headers: { "X-API-KEY": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "status", equals: "success" },
    },
    examples: [
      () => `CRAFTMYPDF_API_KEY=${randomChars("alnum", 35, "craftmypdf-api-key-1")}`,
      () => `craftmypdf_api_key: "${randomChars("alnum", 35, "craftmypdf-api-key-2")}"`,
      () => `const craftMyPdfKey = "${randomChars("alnum", 35, "craftmypdf-api-key-3")}";`,
    ],
    negatives: [
      "CRAFTMYPDF_API_KEY=<your API key>",
      () => `CRAFTMYPDF_API_KEY=${randomChars("alnum", 30, "craftmypdf-api-key-short")}`,
    ],
    references: [
      "https://craftmypdf.com/docs/index.html",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/craftmypdf",
    ],
  },
];
