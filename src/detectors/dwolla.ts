import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Dwolla";

export const detectors: Detector[] = [
  {
    id: "dwolla-application-secret",
    name: "Dwolla application secret",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Dwolla is a payments platform for ACH and real-time bank transfers. Applications have a key and a secret of 50 letters and digits, exchanged for access tokens with the client credentials grant. It has no prefix, so it is recognised only in a name that mentions Dwolla.",
    security: [
      "Customers, bank funding sources and transfer history can be read.",
      "Transfers can be initiated between the account's funding sources.",
    ],
    mitigation: {
      revoke:
        "In the Dwolla dashboard open Applications, regenerate the application's secret and deploy the new one.",
      revokeUrl: "https://dashboard.dwolla.com/applications",
      audit: "Review customers, funding sources and transfers in the Dwolla dashboard.",
      bestPractices: ["keep production application secrets in a secret manager, separate from sandbox ones"],
    },
    keywords: ["dwolla"],
    pattern: new RegExp(
      `${vendorName(["dwolla"], ["secret", "SECRET", "Secret", "client_secret", "clientSecret", "ClientSecret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{50})${TOKEN_END}`,
    ),
    examples: [
      () => `DWOLLA_APP_SECRET=${randomChars("alnum", 50, "dwolla-application-secret-1")}`,
      () => `dwolla_app_secret: "${randomChars("alnum", 50, "dwolla-application-secret-2")}"`,
      () => `const dwollaAppSecret = "${randomChars("alnum", 50, "dwolla-application-secret-3")}";`,
    ],
    negatives: [
      "DWOLLA_APP_SECRET=<your application secret>",
      () => `DWOLLA_APP_SECRET=${randomChars("alnum", 40, "dwolla-application-secret-short")}`,
    ],
    references: [
      "https://developers.dwolla.com/docs/balance/authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/dwolla",
    ],
  },
];
