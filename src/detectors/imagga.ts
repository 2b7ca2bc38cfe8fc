import { ASSIGN_LOOSE, BASE64_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "imagga-authorization",
    name: "Imagga API authorization",
    vendor: "Imagga",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Imagga offers image recognition APIs (tagging, categorization, cropping). Requests use HTTP Basic authentication with the API key and secret; the encoded value (about 72 base64 characters, after `Basic `) is often stored as one string. It is recognised next to an Imagga name.",
    security: [
      "Image recognition requests can be billed to the account's monthly quota.",
      "Uploaded images and categorizers of the account can be accessed.",
    ],
    mitigation: {
      revoke: "In the Imagga dashboard regenerate the API secret; the old key and secret pair stops working.",
      revokeUrl: "https://imagga.com/profile/dashboard",
    },
    keywords: ["imagga"],
    pattern: new RegExp(
      `${vendorName(["imagga"], ["key", "token", "secret", "auth", "authorization"])}${ASSIGN_LOOSE}(?:Basic )?(?<secret>[A-Za-z0-9+/]{68,72}={0,2})${BASE64_END}`,
    ),
    minEntropy: 3.3,
    // Reads the account's usage: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.imagga.com/v2/usage",
      headers: { Authorization: "Basic {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "result" },
    },
    examples: [
      () => `IMAGGA_API_KEY=${`${randomChars("base64", 70, "imagga-authorization-1")}==`}`,
      () => `{"imaggaApiKey": "${`${randomChars("base64", 70, "imagga-authorization-2")}==`}"}`,
      () => `const imaggaToken = "${`${randomChars("base64", 70, "imagga-authorization-3")}==`}";`,
    ],
    negatives: [
      "IMAGGA_API_KEY=<your Imagga API key>",
      () => `imagga_api_key: ${`${randomChars("base64", 58, "imagga-authorization-short")}==`}`,
    ],
    references: ["https://docs.imagga.com/#authentication"],
  },
];
