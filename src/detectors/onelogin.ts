import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const hex = (label: string, length = 64) => randomChars("hexLower", length, label);

export const detectors: Detector[] = [
  {
    id: "onelogin-api-client-secret",
    name: "OneLogin API client secret",
    vendor: "OneLogin",
    family: "API Secret",
    severity: "critical",
    confidence: "medium",
    description:
      "OneLogin (One Identity) is a cloud identity and SSO provider. API credentials are a client id and a client secret, each 64 hexadecimal characters, exchanged for access tokens whose power depends on the credential's scope (read users, manage users, manage all); the secret is found next to a OneLogin name.",
    security: [
      "With Manage All an attacker can create users, assign roles and applications, and reset passwords and MFA, reaching every application behind SSO.",
      "With read scopes the directory's users, groups and application assignments can be listed.",
    ],
    mitigation: {
      revoke:
        "In the OneLogin admin portal open Developers > API Credentials, select the credential pair and delete it (or deactivate it); create a new pair with the narrowest scope and update the integration.",
      revokeUrl: "https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials",
      audit:
        "Review Activity > Events in the OneLogin admin portal for user, role, app and policy changes made by the API credential during the exposure window.",
      bestPractices: [
        "choose Read Users or Manage Users instead of Manage All where possible",
        "store the client secret in a secret manager and rotate it periodically",
      ],
    },
    keywords: ["onelogin", "one_login"],
    pattern: new RegExp(
      `${vendorName(["onelogin", "oneLogin", "OneLogin", "one_login", "ONE_LOGIN"], ["secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])`,
    ),
    companions: [
      {
        name: "client id",
        pattern:
          /(?:[Cc]lient_?[Ii][Dd]|CLIENT_ID)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<value>[a-f0-9]{64})(?![A-Za-z0-9])/,
      },
    ],
    examples: [
      () => `ONELOGIN_CLIENT_ID=${hex("ol-1-id")}\nONELOGIN_CLIENT_SECRET=${hex("ol-1")}`,
      () => `provider "onelogin" {\n  onelogin_client_secret = "${hex("ol-2")}"\n}`,
    ],
    negatives: [
      "ONELOGIN_CLIENT_SECRET=<client secret>",
      () => `ONELOGIN_CLIENT_SECRET=${hex("ol-short", 40)}`,
    ],
    references: ["https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials"],
  },
];
