import { genericValueReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Kong Gateway's consumers, declared in its configuration file: the keys its key-auth plugin
 * admits. A key is whatever the operator chose or Kong generated; the section says what it is.
 */

export const detectors: Detector[] = [
  {
    id: "kong-key-auth-credential",
    name: "Kong key-auth consumer key",
    vendor: "Kong",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Kong Gateway's key-auth plugin admits a request whose apikey header or parameter holds a consumer's key. Declarative configuration (kong.yml, decK files) lists each consumer's keys under keyauth_credentials, in clear.",
    security: [
      "The key calls every route and service the consumer may reach through the gateway, as that consumer, within its rate limits and ACL groups.",
    ],
    mitigation: {
      revoke:
        "Delete the key from the consumer (Admin API: DELETE /consumers/{consumer}/key-auth/{id}, or remove it from the declarative file and sync) and issue a new one; keep keys out of the committed file with decK's environment variable substitution.",
      revokeUrl: "https://docs.konghq.com/hub/kong-inc/key-auth/",
      audit:
        "Review the gateway's access logs for requests with the consumer's credential from unknown addresses.",
      bestPractices: [
        'reference keys in declarative files through decK\'s ${{ env "DECK_..." }} substitution or a vault',
        "give each client its own consumer and key, so that one can be revoked alone",
      ],
    },
    keywords: ["keyauth_credentials"],
    // The keys follow the section's name, a line each: a key is taken when the section's name
    // stands before it in the window.
    window: { before: 1200, after: 1200, multiline: true },
    pattern:
      /^[ \t]{0,40}-[ \t]{1,4}key:[ \t]{0,4}(?<q>["']?)(?<secret>[A-Za-z0-9_.~+/=-]{16,128})\k<q>[ \t]*(?:#|\r?$)/m,
    validate: (secret, context) => {
      const before = context.window.slice(0, context.index);
      const section = before.lastIndexOf("keyauth_credentials:");
      // Another section (a list under a key of its own at a shallower indent) may come between.
      if (section < 0 || /\n[ \t]{0,6}[A-Za-z_]\w*:[ \t]*\r?\n/.test(before.slice(section + 20)))
        return "not under keyauth_credentials";
      return genericValueReason(secret, { minLength: 16, keepVendorPrefixed: true }) ?? true;
    },
    examples: [
      () =>
        `consumers:\n  - username: partner-a\n    keyauth_credentials:\n      - key: ${randomChars("alnum", 32, "kong-1")}\n      - key: ${randomChars("alnum", 32, "kong-2")}\n`,
    ],
    negatives: [
      'consumers:\n  - username: partner-a\n    keyauth_credentials:\n      - key: ${{ env "DECK_PARTNER_A_KEY" }}\n',
      "    keyauth_credentials:\n      - key: your-api-key-here\n",
      // A JWT credential's key is the iss claim it matches, not a secret.
      () =>
        `    keyauth_credentials:\n      - key: \${{ env "DECK_KEY" }}\n    jwt_secrets:\n      - key: ${randomChars("alnum", 24, "kong-iss")}\n        algorithm: RS256\n`,
    ],
    references: [
      "https://docs.konghq.com/gateway/latest/production/deployment-topologies/db-less-and-declarative-config/",
    ],
  },
];
