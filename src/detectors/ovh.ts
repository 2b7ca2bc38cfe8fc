import { ALNUM_END, ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "ovh-api-credentials",
    name: "OVHcloud API application secret / consumer key",
    vendor: "OVHcloud",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "OVHcloud is a European cloud and hosting provider. Its API signs requests with an application key, an application secret and a consumer key (32 letters and digits each for the last two); the consumer key carries the access rights the account holder granted. They are recognised by names such as OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, or application_secret / consumer_key in ovh.conf.",
    security: [
      "With the application key, the secret and consumer key act on the account within the granted rights, often GET/POST/PUT/DELETE on /*.",
      "Domains, DNS zones, dedicated servers, Public Cloud projects and billing can be modified; servers can be reinstalled.",
      "Consumer keys granted without expiry stay valid until revoked.",
    ],
    mitigation: {
      revoke:
        "Log in to the OVHcloud API console (https://eu.api.ovh.com/console, or the ca./us. endpoint) as the account and list credentials with GET /me/api/credential; DELETE /me/api/credential/{credentialId} for the leaked consumer key, or DELETE /me/api/application/{applicationId} to revoke the application and all its consumer keys. Create new credentials with restricted rules and an expiry.",
      revokeUrl: "https://eu.api.ovh.com/console/",
      audit:
        "Review GET /me/api/logs/self (API call logs), the Control Panel's security activity, and orders, DNS zones and server reinstalls for changes you did not make.",
      bestPractices: [
        "grant consumer keys only the paths and methods they need, with an expiration",
        "use OVHcloud IAM service accounts (OAuth2) for new integrations",
        "keep ovh.conf outside repositories",
      ],
    },
    keywords: [
      "ovh_application_secret",
      "ovh_consumer_key",
      "ovh_app_secret",
      "application_secret",
      "consumer_key",
    ],
    window: { before: 400, after: 96, multiline: true },
    pattern: new RegExp(
      `(?<name>OVH_APPLICATION_SECRET|OVH_APP_SECRET|OVH_CONSUMER_KEY|ovh_application_secret|ovh_consumer_key|application_secret|consumer_key|applicationSecret|consumerKey)${ASSIGN}(?<secret>[A-Za-z0-9]{32})${ALNUM_END}`,
    ),
    validate: (_secret, context) =>
      /^(?:OVH_|ovh_)/.test(context.groups.name ?? "") ||
      /ovh|ovhcloud|\[ovh-(?:eu|ca|us)\]/i.test(context.window)
        ? true
        : "a generic application_secret / consumer_key without OVHcloud context",
    examples: [
      () =>
        `OVH_ENDPOINT=ovh-eu\nOVH_APPLICATION_KEY=${randomChars("alnum", 16, "ovh-1k")}\nOVH_APPLICATION_SECRET=${randomChars("alnum", 32, "ovh-1")}`,
      () =>
        `[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=${randomChars("alnum", 16, "ovh-2k")}\napplication_secret=${randomChars("alnum", 32, "ovh-2")}\nconsumer_key=${randomChars("alnum", 32, "ovh-2c")}`,
    ],
    negatives: [
      "OVH_CONSUMER_KEY=<consumer-key>",
      // The same names outside an OVHcloud configuration.
      () => `[twitter]\nconsumer_key=${randomChars("alnum", 32, "ovh-other")}`,
    ],
    references: [
      "https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api?id=kb_article_view&sysparm_article=KB0042784",
    ],
  },
];
