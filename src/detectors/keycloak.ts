import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

// Older Keycloak versions made secrets with UUID.randomUUID(): version 4, variant 10xx. The
// version digit also keeps out hand-made samples such as 1234abcd-1234-abcd-1234-abcd1234abcd.
const RANDOM_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

export const detectors: Detector[] = [
  {
    id: "keycloak-client-secret",
    name: "Keycloak client secret",
    vendor: "Keycloak",
    family: "OAuth Client Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Keycloak is an open-source identity and access management server. A confidential client's secret (32 letters and digits in current versions, a UUID in older ones) authenticates the client to the realm's token endpoint. It has no prefix, so it is recognised in a KEYCLOAK_CLIENT_SECRET-style name or in the credentials block of a keycloak.json adapter file.",
    security: [
      "With the client ID, the secret obtains tokens as the client (client credentials grant) with its service account's roles.",
      "Authorization codes for the client can be exchanged for user tokens, so a phished login yields a session for the application.",
    ],
    mitigation: {
      revoke:
        "In the Keycloak admin console open the realm's Clients > the client > Credentials and regenerate the secret (or rotate it with client secret rotation); update the application.",
      revokeUrl: "https://www.keycloak.org/docs/latest/server_admin/#_client-credentials",
      audit:
        "Review the realm's events (login and admin events) for token requests by the client from unknown addresses.",
      bestPractices: ["prefer signed JWT or mutual TLS client authentication to shared secrets"],
    },
    keywords: ["keycloak", "auth-server-url"],
    window: { after: 500, multiline: true },
    pattern: new RegExp(
      `(?:${vendorName(["keycloak"], ["secret"])}${ASSIGN_LOOSE}|"auth-server-url"[^\\0]{0,400}?"credentials"[ \\t]{0,3}:[ \\t]{0,3}\\{\\s{0,20}"secret"[ \\t]{0,3}:[ \\t]{0,3}")(?<secret>[A-Za-z0-9]{32}|${RANDOM_UUID})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `KEYCLOAK_CLIENT_SECRET=${randomChars("alnum", 32, "keycloak-1")}`,
      () =>
        `spring.security.oauth2.client.registration.keycloak.client-secret=${randomChars("alnum", 32, "keycloak-2")}`,
      () =>
        `{\n  "realm": "shop",\n  "auth-server-url": "https://sso.example.org/",\n  "ssl-required": "external",\n  "resource": "shop-backend",\n  "credentials": {\n    "secret": "${randomChars("alnum", 32, "keycloak-3")}"\n  }\n}`,
      () =>
        `SOCIAL_AUTH_KEYCLOAK_SECRET = '${randomChars("hexLower", 8, "kc-4a")}-${randomChars("hexLower", 4, "kc-4b")}-4${randomChars("hexLower", 3, "kc-4c")}-a${randomChars("hexLower", 3, "kc-4d")}-${randomChars("hexLower", 12, "kc-4e")}'`,
    ],
    negatives: [
      "KEYCLOAK_CLIENT_SECRET=<client secret>",
      () => `KEYCLOAK_CLIENT_SECRET=${randomChars("alnum", 24, "keycloak-short")}`,
      () => `KEYCLOAK_CLIENT_ID=${randomChars("alnum", 32, "keycloak-id")}`,
      "SOCIAL_AUTH_KEYCLOAK_SECRET = '1234abcd-1234-abcd-1234-abcd1234adcd'",
    ],
    references: [
      "https://www.keycloak.org/docs/latest/server_admin/#_client-credentials",
      "https://www.keycloak.org/securing-apps/oidc-layers",
    ],
  },
];
