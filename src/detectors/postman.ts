import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const apiKey = (label: string) =>
  `PMAK-${randomChars("hexLower", 24, `${label}-id`)}-${randomChars("hexLower", 34, label)}`;

export const detectors: Detector[] = [
  {
    id: "postman-api-key",
    name: "Postman API key",
    vendor: "Postman",
    family: "API Key",
    severity: "high",
    description:
      "Postman is an API development platform with shared workspaces, collections and environments. API keys (PMAK- followed by 24 hexadecimal characters, a dash and 34 more) call the Postman API as the user who created them.",
    security: [
      "An attacker can read every collection and environment the user can access; environments often hold other API keys and passwords.",
      "Collections, environments, mocks and monitors can be changed or deleted, or shared to the attacker.",
    ],
    mitigation: {
      revoke:
        'In Postman open your avatar > Settings > API keys (or go.postman.co/settings/me/api-keys), find the key and choose "Revoke" (or delete it) from its menu; team admins can also revoke members\' keys. Postman also revokes keys it finds in public GitHub repositories.',
      revokeUrl: "https://go.postman.co/settings/me/api-keys",
      audit:
        "Review the team's Audit logs (Team > Audit logs on Enterprise) and the change history of collections and environments for the exposure window.",
      bestPractices: [
        "set an expiry on API keys",
        "keep secrets in environment variables marked secret or in the Postman Vault, never in shared collections",
      ],
    },
    keywords: ["PMAK-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/,
    examples: [
      () => `POSTMAN_API_KEY=${apiKey("pmak-1")}`,
      () => `newman run https://api.getpostman.com/collections/123?apikey=${apiKey("pmak-2")}`,
      () => `{"postmanApiKey": "${apiKey("pmak-3")}"}`,
    ],
    negatives: [
      "POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `PMAK-${randomChars("hexLower", 24, "pmak-short")}-${randomChars("hexLower", 20, "pmak-short")}`,
    ],
    references: ["https://learning.postman.com/docs/developer/postman-api/authentication/"],
  },
];
