import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "APITemplate.io";

export const detectors: Detector[] = [
  {
    id: "apitemplate-api-key",
    name: "APITemplate.io API key",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "APITemplate.io generates PDFs and images from templates through an API. API keys are 39 alphanumeric characters, sent in the X-API-KEY header. It has no prefix, so it is recognised only in a name that mentions APITemplate.io.",
    security: [
      "Templates can be read, changed or deleted, and documents generated against the account's quota.",
      "Generated documents, which may hold customer data, can be listed and downloaded.",
    ],
    mitigation: {
      revoke:
        "Sign in to APITemplate.io, open API Integration, regenerate the API key and update the applications that use it.",
      revokeUrl: "https://app.apitemplate.io/",
      audit: "Review the account's generated documents and template history for work you did not request.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["apitemplate"],
    pattern: new RegExp(
      `${vendorName(["apitemplate", "apiTemplate", "ApiTemplate"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{39})${TOKEN_END}`,
    ),
    // Lists the account's templates: a read that changes nothing and generates no document.
    verify: {
      method: "GET",
      url: "https://api.apitemplate.io/v1/list-templates",
      headers: { "X-API-KEY": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "status", equals: "success" },
    },
    examples: [
      () => `APITEMPLATE_API_KEY=${randomChars("alnum", 39, "apitemplate-api-key-1")}`,
      () => `apitemplate_api_key: "${randomChars("alnum", 39, "apitemplate-api-key-2")}"`,
      () => `const apiTemplateKey = "${randomChars("alnum", 39, "apitemplate-api-key-3")}";`,
    ],
    negatives: [
      "APITEMPLATE_API_KEY=<your API key>",
      () => `APITEMPLATE_API_KEY=${randomChars("alnum", 33, "apitemplate-api-key-short")}`,
    ],
    references: [
      "https://docs.apitemplate.io/reference/api-reference.html",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/apitemplate",
    ],
  },
];
