import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "adobe-client-secret",
    name: "Adobe Developer Console client secret",
    vendor: "Adobe",
    family: "OAuth Client Secret",
    severity: "high",
    description:
      "The Adobe Developer Console issues OAuth credentials for Adobe APIs: Firefly, Photoshop, PDF Services, Analytics, Experience Platform, I/O Events and more. Client secrets of OAuth Server-to-Server and Web App credentials start with p8e- followed by 32 URL-safe characters and are used with the client ID to obtain access tokens.",
    security: [
      "With the client ID, an attacker can mint access tokens for every API and product profile added to the project.",
      "For Experience Cloud APIs this means reading and changing the organization's analytics, customer profiles and campaigns.",
      "Generative and document APIs bill usage or consume the organization's entitlements.",
    ],
    mitigation: {
      revoke:
        'In the Adobe Developer Console (developer.adobe.com/console) open the project > the OAuth credential, click "Generate and add a new client secret", update the applications to use it, then delete the leaked secret in the same panel, which invalidates it.',
      revokeUrl:
        "https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation/#rotating-client-secrets-programmatically",
      audit:
        "Review the project's Insights in the Developer Console and the Admin Console's audit log (Insights > Logs > Audit Log) for token requests and API use during the exposure period.",
      bestPractices: [
        "rotate client secrets regularly; the console allows two at once for a seamless switch",
        "add only the APIs and product profiles the integration needs to a project",
        "keep secrets in a vault and never in client-side code",
      ],
    },
    keywords: ["p8e-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `{\n "client_credentials": {\n  "client_id": "${randomChars("hexLower", 32, "adobe-id-1")}",\n  "client_secret": "p8e-${randomChars("base64url", 32, "adobe-1")}"\n }\n}`,
      () => `ADOBE_CLIENT_SECRET=p8e-${randomChars("base64url", 32, "adobe-2")}`,
    ],
    negatives: [
      "ADOBE_CLIENT_SECRET=p8e-<client-secret>",
      () => `ADOBE_CLIENT_SECRET=p8e-${randomChars("base64url", 20, "adobe-short")}`,
    ],
    references: [
      "https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/",
    ],
  },
];
