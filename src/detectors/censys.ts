import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Censys";

export const detectors: Detector[] = [
  {
    id: "censys-api-secret",
    name: "Censys API secret",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Censys scans the internet and sells search over hosts and certificates. Search API credentials are an API ID (a UUID) and a secret of 32 letters and digits, used with HTTP Basic auth. It has no prefix, so it is recognised only in a name that mentions Censys.",
    security: [
      "Requests to Censys Search (queries spend the account's credits) can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
    ],
    mitigation: {
      revoke: "In Censys open My Account > API, reset the API secret and update the tools that used it.",
      revokeUrl: "https://search.censys.io/account/api",
      audit: "Review the account's query history and API usage.",
      bestPractices: [
        "keep the key in an environment variable or secret manager, never in source or front-end code",
      ],
    },
    keywords: ["censys"],
    pattern: new RegExp(
      `${vendorName(["censys"], ["secret", "SECRET", "Secret", "client_secret", "clientSecret", "ClientSecret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    companions: [
      {
        name: "API ID",
        pattern:
          /(?<![A-Za-z0-9-])(?<value>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/,
        within: 512,
      },
    ],
    // Reads the account's own details and quota: runs no query.
    verify: {
      method: "GET",
      url: "https://search.censys.io/api/v1/account",
      basicAuth: { user: "{companion:API ID}", password: "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "login" },
    },
    examples: [
      () =>
        `CENSYS_API_ID=${randomChars("hexLower", 8, "censys-api-secret-1")}-${randomChars("hexLower", 4, "censys-api-secret-1-2")}-${randomChars("hexLower", 4, "censys-api-secret-1-3")}-${randomChars("hexLower", 4, "censys-api-secret-1-4")}-${randomChars("hexLower", 12, "censys-api-secret-1-5")}\nCENSYS_API_SECRET=${randomChars("alnum", 32, "censys-api-secret-1-6")}`,
      () => `censys_api_secret: "${randomChars("alnum", 32, "censys-api-secret-2")}"`,
      () => `const censysApiSecret = "${randomChars("alnum", 32, "censys-api-secret-3")}";`,
    ],
    negatives: [
      "CENSYS_API_SECRET=<your API secret>",
      () => `CENSYS_API_SECRET=${randomChars("alnum", 24, "censys-api-secret-short")}`,
    ],
    references: [
      "https://search.censys.io/api",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/censys",
    ],
  },
];
