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
  {
    id: "postman-secret-variable",
    name: "Value of a Postman variable marked secret",
    vendor: "Postman",
    family: "Secret",
    severity: "high",
    confidence: "medium",
    description:
      "A variable of a Postman environment or collection export whose type is \"secret\": Postman's own mark for a sensitive value (an API key, a password, a Basic credential, a token), written out with the variable's value when the environment is exported, committed or shared. The variable's name says nothing about the value (basicAuth, svc, tenantKey), so the mark is what tells it apart from an ordinary setting.",
    security: [
      "Whoever gets the file holds the credential the variable stands for, and the request collection beside it shows the API and how to call it.",
      "Exported environments are shared across teams and attached to tickets: the value travels further than the workspace it was kept in.",
    ],
    mitigation: {
      revoke:
        "Rotate the credential the variable holds at the service it belongs to (the requests that use {{name}} show which), then clear the variable's initial value, keep the new value as a current value or in the Postman Vault, and export environments without values.",
      revokeUrl: "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
      audit:
        "Review the service's access logs for the credential during the exposure window, and the workspace's history for who exported or forked the environment.",
      bestPractices: [
        "keep secrets in the Postman Vault or as current values, which are not synced or exported, rather than as initial values",
        "commit environment templates with empty values",
      ],
    },
    // Postman writes the type after the value: `"key": ..., "value": ..., "type": "secret"`.
    keywords: ['"secret"'],
    caseSensitiveKeywords: true,
    keywordGate: /[ \t]*(?:,|\r?\n|\})/,
    window: { before: 1200, after: 16, multiline: true },
    pattern:
      /"key"[ \t]*:[ \t]*"(?<name>[^"\\\r\n]{1,100})"[ \t]*,\s{0,40}"value"[ \t]*:[ \t]*"(?<secret>[^"\\\r\n]{6,1000})"[ \t]*,\s{0,40}"type"[ \t]*:[ \t]*"secret"/,
    minEntropy: 2.5,
    // A name that says credential is the JSON name/value rule's, which judges the value by it.
    validate: (_secret, context) =>
      /pass(?:wor)?d|pwd|secret|token|api[_-]?key/i.test(context.groups.name ?? "")
        ? "named as a credential (reported by generic-json-key-value-credential)"
        : true,
    examples: [
      () =>
        `\t\t{\n\t\t\t"key": "basicAuth",\n\t\t\t"value": "${Buffer.from(`svc-billing:${randomChars("alnum", 18, "pm-sec-1")}`).toString("base64")}",\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t}`,
      () =>
        `    { "key": "tenant", "value": "${randomChars("alnum", 32, "pm-sec-2")}", "type": "secret", "enabled": true },`,
    ],
    negatives: [
      '{ "key": "accessToken", "value": "{{accessToken}}", "type": "secret", "enabled": true }',
      '{ "key": "password", "value": "", "type": "secret", "enabled": true }',
      () =>
        `{ "key": "tenant", "value": "${randomChars("alnum", 32, "pm-sec-3")}", "type": "default", "enabled": true }`,
      '{ "key": "apiKey", "value": "<your-api-key>", "type": "secret", "enabled": true }',
    ],
    references: ["https://learning.postman.com/docs/sending-requests/variables/managing-environments/"],
  },
];
