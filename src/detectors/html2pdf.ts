import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "html2pdf-app-api-key",
    name: "html2pdf.app API key",
    vendor: "html2pdf.app",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "html2pdf.app converts HTML pages to PDF through an API. API keys are 64 letters and digits sent as apiKey; conversions count against the plan. They are recognised next to an html2pdf name with a key word.",
    security: [
      "Requests can be billed to the html2pdf.app account, or exhaust its plan and break the features that depend on it.",
    ],
    mitigation: {
      revoke: "In the html2pdf.app dashboard regenerate the API key.",
      revokeUrl: "https://dash.html2pdf.app/",
    },
    keywords: ["html2pdf", "html_2_pdf"],
    pattern: new RegExp(
      `${vendorName(["html2pdf", "Html2Pdf", "html_2_pdf"], ["api_key", "apiKey", "key", "token"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `HTML2PDF_API_KEY=${randomChars("alnum", 64, "html2pdf-app-api-key-1")}`,
      () => `{"html2pdfApiKey": "${randomChars("alnum", 64, "html2pdf-app-api-key-2")}"}`,
      () => `const html2pdfToken = "${randomChars("alnum", 64, "html2pdf-app-api-key-3")}";`,
    ],
    negatives: [
      "HTML2PDF_API_KEY=<your html2pdf.app API key>",
      () => `html2pdf_api_key: ${randomChars("alnum", 60, "html2pdf-app-api-key-short")}`,
    ],
    references: ["https://html2pdf.app/documentation/"],
  },
];
