import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "DocuSign";

export const detectors: Detector[] = [
  {
    id: "docusign-secret-key",
    name: "DocuSign app secret key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "DocuSign is an electronic signature and agreement platform. An app (integration key) authenticates the OAuth authorization code grant with a secret key, a UUID. It has no prefix, so it is recognised only in a name that mentions DocuSign.",
    security: [
      "With an authorization code or refresh token, the secret lets an attacker obtain access tokens for users who consented to the app, and read or send envelopes in their name.",
    ],
    mitigation: {
      revoke:
        "In DocuSign open Settings > Apps and Keys, select the app, delete the leaked secret key and add a new one.",
      revokeUrl: "https://admindemo.docusign.com/apps-and-keys",
      audit:
        "Review the account's envelopes, the apps' consent grants and the security log in DocuSign Admin.",
      bestPractices: ["prefer JWT grant with an RSA key kept in a secret manager", "limit the app's scopes"],
    },
    keywords: ["docusign"],
    pattern: new RegExp(
      `${vendorName(["docusign", "docuSign", "DocuSign"], ["secret", "SECRET", "Secret", "secret_key", "secretKey", "SecretKey", "client_secret", "clientSecret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `DOCUSIGN_SECRET_KEY=${randomChars("hexLower", 8, "docusign-secret-key-1")}-${randomChars("hexLower", 4, "docusign-secret-key-1-2")}-${randomChars("hexLower", 4, "docusign-secret-key-1-3")}-${randomChars("hexLower", 4, "docusign-secret-key-1-4")}-${randomChars("hexLower", 12, "docusign-secret-key-1-5")}`,
      () =>
        `docusign_secret_key: "${randomChars("hexLower", 8, "docusign-secret-key-2")}-${randomChars("hexLower", 4, "docusign-secret-key-2-2")}-${randomChars("hexLower", 4, "docusign-secret-key-2-3")}-${randomChars("hexLower", 4, "docusign-secret-key-2-4")}-${randomChars("hexLower", 12, "docusign-secret-key-2-5")}"`,
      () =>
        `const docusignSecretKey = "${randomChars("hexLower", 8, "docusign-secret-key-3")}-${randomChars("hexLower", 4, "docusign-secret-key-3-2")}-${randomChars("hexLower", 4, "docusign-secret-key-3-3")}-${randomChars("hexLower", 4, "docusign-secret-key-3-4")}-${randomChars("hexLower", 12, "docusign-secret-key-3-5")}";`,
    ],
    negatives: [
      "DOCUSIGN_SECRET_KEY=<your app secret key>",
      () =>
        `DOCUSIGN_SECRET_KEY=${randomChars("hexLower", 8, "docusign-secret-key-short")}-${randomChars("hexLower", 4, "docusign-secret-key-short-2")}-${randomChars("hexLower", 4, "docusign-secret-key-short-3")}-${randomChars("hexLower", 12, "docusign-secret-key-short-4")}`,
    ],
    references: [
      "https://developers.docusign.com/platform/auth/authcode/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/docusign",
    ],
  },
];
