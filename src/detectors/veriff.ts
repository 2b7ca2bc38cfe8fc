import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "veriff-shared-secret",
    name: "Veriff shared secret key",
    vendor: "Veriff",
    family: "Secret Key",
    severity: "high",
    confidence: "medium",
    description:
      "Veriff verifies identities from documents and selfies. An integration has a public API key and a shared secret key (both UUIDs); the secret signs requests (X-HMAC-SIGNATURE) and verifies Veriff's webhooks.",
    security: [
      "Verification sessions and their decisions, with identity document data and images, can be fetched for the integration.",
      "Webhook payloads can be forged, making the owner's system accept fake verification decisions.",
    ],
    mitigation: {
      revoke:
        "In the Veriff Station open Integrations > the integration and regenerate the shared secret key; update the servers that sign requests and check webhooks.",
      revokeUrl: "https://station.veriff.com/",
      audit:
        "Review the integration's sessions in Veriff Station for sessions or media requests you did not make.",
      bestPractices: [
        "keep the shared secret on the server that talks to Veriff; only the public key belongs in clients",
      ],
    },
    keywords: ["veriff"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["veriff"], ["secret", "shared_secret", "sharedSecret", "secret_key", "secretKey", "private_key"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `VERIFF_SHARED_SECRET=${randomChars("hexLower", 8, "veriff-shared-secret-1")}-${randomChars("hexLower", 4, "veriff-shared-secret-1-2")}-${randomChars("hexLower", 4, "veriff-shared-secret-1-4")}-${randomChars("hexLower", 4, "veriff-shared-secret-1-6")}-${randomChars("hexLower", 12, "veriff-shared-secret-1-8")}`,
      () =>
        `veriff_shared_secret: "${randomChars("hexLower", 8, "veriff-shared-secret-2")}-${randomChars("hexLower", 4, "veriff-shared-secret-2-2")}-${randomChars("hexLower", 4, "veriff-shared-secret-2-4")}-${randomChars("hexLower", 4, "veriff-shared-secret-2-6")}-${randomChars("hexLower", 12, "veriff-shared-secret-2-8")}"`,
      () =>
        `const veriffSharedSecret = "${randomChars("hexLower", 8, "veriff-shared-secret-3")}-${randomChars("hexLower", 4, "veriff-shared-secret-3-2")}-${randomChars("hexLower", 4, "veriff-shared-secret-3-4")}-${randomChars("hexLower", 4, "veriff-shared-secret-3-6")}-${randomChars("hexLower", 12, "veriff-shared-secret-3-8")}";`,
    ],
    negatives: [
      "VERIFF_SHARED_SECRET=your_veriff_shared_secret_here",
      () =>
        `VERIFF_SHARED_SECRET=${randomChars("hexLower", 8, "veriff-shared-secret-short")}-${randomChars("hexLower", 4, "veriff-shared-secret-short-2")}-${randomChars("hexLower", 4, "veriff-shared-secret-short-4")}-${randomChars("hexLower", 4, "veriff-shared-secret-short-6")}-${randomChars("hexLower", 9, "veriff-shared-secret-short-8")}`,
      () =>
        `VERIFF_URL=${randomChars("hexLower", 8, "veriff-shared-secret-noname")}-${randomChars("hexLower", 4, "veriff-shared-secret-noname-2")}-${randomChars("hexLower", 4, "veriff-shared-secret-noname-4")}-${randomChars("hexLower", 4, "veriff-shared-secret-noname-6")}-${randomChars("hexLower", 12, "veriff-shared-secret-noname-8")}`,
    ],
    references: ["https://devdocs.veriff.com/docs/hmac-authentication-and-endpoint-security"],
  },
];
