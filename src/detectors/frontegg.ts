import { ASSIGN_LOOSE, UUID, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "frontegg-api-key",
    name: "Frontegg vendor API key",
    vendor: "Frontegg",
    family: "API Secret",
    severity: "critical",
    confidence: "medium",
    description:
      "Frontegg is a customer identity and user management platform for SaaS products. The environment's client id and API key (both UUIDs) authenticate the back end as the vendor, with full management access to the environment's tenants and users; the key is found next to a Frontegg name.",
    security: [
      "An attacker can create, change and delete tenants and users, assign roles and generate login or impersonation tokens.",
      "SSO, MFA and security policies of the environment can be changed.",
    ],
    mitigation: {
      revoke:
        "In the Frontegg portal open the environment's Settings > Keys & domains, regenerate the API key, then update the back ends and SDK configuration that used it.",
      revokeUrl: "https://docs.frontegg.com/docs/api-keys",
      audit:
        "Review the environment's audit logs for tenant, user, role and policy changes made during the exposure window.",
      bestPractices: [
        "keep FRONTEGG_API_KEY on servers only; front ends need just the public client id",
        "use separate environments for development and production so that keys differ",
      ],
    },
    keywords: ["frontegg"],
    pattern: new RegExp(
      `${vendorName(["frontegg", "frontEgg", "FrontEgg"], ["api_key", "apiKey", "secret", "secret_key", "secretKey"])}${ASSIGN_LOOSE}(?<secret>${UUID})(?![A-Za-z0-9-])`,
    ),
    companions: [
      {
        name: "client id",
        pattern: new RegExp(
          `(?:CLIENT_ID|client_id|clientId)["']?[ \\t]{0,3}[:=][ \\t]{0,3}["']?(?<value>${UUID})`,
        ),
      },
    ],
    examples: [
      () => `FRONTEGG_CLIENT_ID=${uuid("fe-1-id")}\nFRONTEGG_API_KEY=${uuid("fe-1")}`,
      () => `FronteggContext.init({ FRONTEGG_CLIENT_ID: "x", fronteggApiKey: "${uuid("fe-2")}" });`,
    ],
    negatives: ["FRONTEGG_API_KEY=<your api key>", () => `FRONTEGG_CLIENT_ID=${uuid("fe-client")}`],
    references: [
      "https://docs.frontegg.com/docs/api-keys",
      "https://docs.frontegg.com/reference/authenticate-vendor",
    ],
  },
];
