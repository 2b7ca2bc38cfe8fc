import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Caspio";

export const detectors: Detector[] = [
  {
    id: "caspio-client-secret",
    name: "Caspio REST API client secret",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Caspio is a low-code platform for database applications. A REST API profile has a client id and a client secret of 50 lower-case letters and digits, exchanged for access tokens at the account's caspio.com host. It has no prefix, so it is recognised only in a name that mentions Caspio.",
    security: ["Tables and views the profile can reach can be read, changed or deleted."],
    mitigation: {
      revoke:
        "In Caspio open Account > Access Permissions > Web Services Profiles, reset the profile's client secret (or delete the profile).",
      revokeUrl: "https://howto.caspio.com/web-services-api/rest-api/authenticating-rest/",
      audit: "Review the account's tables and the REST API profile's access log for changes.",
      bestPractices: ["give each REST API profile access to only the tables it needs"],
    },
    keywords: ["caspio"],
    pattern: new RegExp(
      `${vendorName(["caspio"], ["secret", "SECRET", "Secret", "client_secret", "clientSecret", "ClientSecret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{50})${TOKEN_END}`,
    ),
    examples: [
      () => `CASPIO_CLIENT_SECRET=${randomChars("lowerAlnum", 50, "caspio-client-secret-1")}`,
      () => `caspio_client_secret: "${randomChars("lowerAlnum", 50, "caspio-client-secret-2")}"`,
      () => `const caspioClientSecret = "${randomChars("lowerAlnum", 50, "caspio-client-secret-3")}";`,
    ],
    negatives: [
      "CASPIO_CLIENT_SECRET=<your API client secret>",
      () => `CASPIO_CLIENT_SECRET=${randomChars("lowerAlnum", 40, "caspio-client-secret-short")}`,
    ],
    references: [
      "https://howto.caspio.com/web-services-api/rest-api/authenticating-rest/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/caspio",
    ],
  },
];
