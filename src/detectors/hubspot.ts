import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "HubSpot is a CRM platform with marketing, sales, service, content and operations hubs; its API exposes contacts, companies, deals, tickets and marketing assets.";
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const audit =
  "In HubSpot open Settings > Account Management > Audit Logs (Enterprise) and the private app's Logs tab (API calls, by endpoint and status) for requests during the exposure window; review CRM record histories and exports.";

export const detectors: Detector[] = [
  {
    id: "hubspot-private-app-token",
    name: "HubSpot private app access token",
    vendor: "HubSpot",
    family: "Access Token",
    severity: "high",
    description: `${description} Private app (and service key) access tokens are pat- followed by the data-center region (na1, eu1, …) and a UUID; they carry the scopes selected for the app and never expire until rotated.`,
    security: [
      "Contacts, companies, deals, tickets and their associated emails and notes can be exported within the app's scopes, exposing customer personal data.",
      "Records can be created, changed or deleted and marketing emails or workflows altered with write scopes.",
      "Webhooks and integrations can be configured to leak future data.",
    ],
    mitigation: {
      revoke:
        "A super admin opens HubSpot Settings > Integrations > Private Apps (Legacy apps), selects the app, and on the Auth tab clicks Rotate (choose to expire the current token now); or delete the private app. Update HUBSPOT_ACCESS_TOKEN with the new token.",
      revokeUrl: "https://app.hubspot.com/private-apps/",
      audit,
      bestPractices: [
        "grant private apps only the scopes they use, read-only where possible",
        "rotate private app tokens on a schedule (HubSpot recommends every six months)",
        "prefer one private app per integration so rotation is independent",
      ],
    },
    keywords: ["pat-na", "pat-eu", "pat-ap"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])/,
    verify: bearerCheck("https://api.hubapi.com/account-info/v3/details", {
      live: [200],
      dead: [401],
      liveRequires: { field: "portalId" },
    }),
    examples: [
      () => `HUBSPOT_ACCESS_TOKEN=pat-na1-${uuid("hubspot-1")}`,
      () => `hubspot = HubSpot(access_token="pat-eu1-${uuid("hubspot-2")}")`,
      () => `const client = new hubspot.Client({ accessToken: 'pat-na1-${uuid("hubspot-3")}' });`,
    ],
    negatives: [
      "HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      "HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000",
      "HUBSPOT_ACCESS_TOKEN=pat-na1-...",
    ],
    references: ["https://developers.hubspot.com/docs/api/private-apps"],
  },
  {
    id: "hubspot-api-key-legacy",
    name: "HubSpot legacy API key (hapikey)",
    vendor: "HubSpot",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description: `${description} Legacy API keys were UUIDs passed as the hapikey query parameter with full access to the account; HubSpot sunset them in 2022, so a leaked one mostly signals an old integration that should be migrated and purged.`,
    security: [
      "Legacy keys no longer authenticate, but the integration that used them once had unrestricted account access and may have been migrated carelessly.",
      "Repositories containing hapikey values often contain other stale credentials.",
    ],
    mitigation: {
      revoke:
        "HubSpot retired API keys; delete the value from code and history and move the integration to a private app with a scoped access token (Settings > Integrations > Private Apps).",
      revokeUrl: "https://app.hubspot.com/private-apps/",
      audit: "Check which private app replaced the integration and review its scopes and logs.",
      bestPractices: [
        "migrate to private app tokens or OAuth",
        "remove retired keys from the repository history",
      ],
    },
    keywords: ["hapikey", "hubspot"],
    pattern:
      /(?:hapikey=|(?:HUBSPOT|[Hh]ub[Ss]pot)[\w.-]{0,20}(?:API_?KEY|[Aa]pi_?[Kk]ey)["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?)(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])/,
    examples: [
      () => `HUBSPOT_API_KEY=${uuid("hubspot-legacy-1")}`,
      () =>
        `requests.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=${uuid("hubspot-legacy-2")}")`,
    ],
    negatives: ["HUBSPOT_API_KEY=your-hubspot-api-key", "https://api.hubapi.com/contacts?hapikey=demo"],
    references: ["https://developers.hubspot.com/changelog/upcoming-api-key-sunset"],
  },
];
