import { ASSIGN_LOOSE, TOKEN_END, vendorPhraseAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pdfshift-api-key",
    name: "PDFShift API key",
    vendor: "PDFShift",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "PDFShift converts HTML and URLs to PDF through an HTTP API. Requests are authenticated with the account's API key (32 hexadecimal characters), which is billed per conversion; it has no prefix, so it is recognised next to a PDFShift name.",
    security: [
      "Conversions can be run on the owner's plan, using up its credits or causing overage charges.",
      "Documents the owner converts are not exposed, but the owner's application stops working once the credits run out.",
    ],
    mitigation: {
      revoke:
        "In the PDFShift dashboard open the API keys page, create a new key, switch your applications to it and delete the leaked key.",
      revokeUrl: "https://app.pdfshift.io/",
      audit:
        "Compare the credit usage shown in the PDFShift dashboard with your own conversions for the exposure window.",
      bestPractices: ["call PDFShift from a server, never from browser code"],
    },
    keywords: ["pdfshift", "pdf_shift"],
    pattern: new RegExp(
      `${vendorPhraseAtWordStart(["pdfshift", "pdf_shift"], ["key", "token", "secret", "access"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `PDFSHIFT_API_KEY=${randomChars("hexLower", 32, "pdfshift-api-key-1")}`,
      () => `pdfshift_api_key: "${randomChars("hexLower", 32, "pdfshift-api-key-2")}"`,
      () => `const pdfshiftApiKey = "${randomChars("hexLower", 32, "pdfshift-api-key-3")}";`,
    ],
    negatives: [
      "PDFSHIFT_API_KEY=your_pdfshift_api_key_here",
      () => `PDFSHIFT_API_KEY=${randomChars("hexLower", 29, "pdfshift-api-key-short")}`,
      () => `PDFSHIFT_URL=${randomChars("hexLower", 32, "pdfshift-api-key-noname")}`,
    ],
    references: [
      "https://docs.pdfshift.io/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/pdfshift.yml",
    ],
  },
];
