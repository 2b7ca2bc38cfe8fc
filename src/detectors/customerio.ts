import { ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const VENDOR = "(?:[Cc]ustomer[_.-]?[Ii][Oo]|CUSTOMER[_.-]?IO|CIO_|cio_)";

export const detectors: Detector[] = [
  {
    id: "customerio-track-api-key",
    name: "Customer.io Track API key",
    vendor: "Customer.io",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Customer.io is a messaging automation platform for e-mail, push, SMS and in-app messages. A workspace's Track API credentials are a site ID and an API key (20 hexadecimal characters each), used with basic authentication to identify people and send events.",
    security: [
      "An attacker can create, update and delete people and their attributes in the workspace.",
      "Sending crafted events triggers campaigns, so the attacker can make your workspace e-mail or text your customers.",
      "Unsubscribing or suppressing people silently breaks your messaging.",
    ],
    mitigation: {
      revoke:
        "In Customer.io open Settings > Account Settings > API Credentials (Workspace Settings > API and webhook credentials), find the Track API key and regenerate or revoke it; create a new key and update the integration.",
      revokeUrl: "https://fly.customer.io/settings/api_credentials",
      audit:
        "Review the workspace's Activity Logs and campaign deliveries for events and sends your systems did not cause.",
      bestPractices: [
        "keep Track API keys on the server; the JavaScript snippet needs only the site ID",
        "use separate workspaces for development and production",
      ],
    },
    keywords: ["customerio", "customer_io", "customer.io", "customer-io", "cio_"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,24}(?:[Aa][Pp][Ii]|[Kk][Ee][Yy]|[Tt]rack|TRACK)[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[0-9a-f]{20})${TOKEN_END}`,
    ),
    companions: [
      { name: "site ID", pattern: /site[_-]?id["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<value>[0-9a-f]{20})/i },
    ],
    // Asks which region the credentials belong to: a GET that tracks nothing, answered by either
    // regional host for any valid site ID and key.
    verify: {
      method: "GET",
      url: "https://track.customer.io/api/v1/accounts/region",
      basicAuth: { user: "{companion:site ID}", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "region" },
    },
    examples: [
      () =>
        `CUSTOMERIO_SITE_ID=${randomChars("hexLower", 20, "cio-site-1")}\nCUSTOMERIO_API_KEY=${randomChars("hexLower", 20, "cio-1")}`,
      () => `customer_io:\n  customer_io_track_api_key: "${randomChars("hexLower", 20, "cio-2")}"`,
    ],
    negatives: [
      "CUSTOMERIO_API_KEY=your-track-api-key",
      () => `CUSTOMERIO_SITE_ID=${randomChars("hexLower", 20, "cio-site")}`,
    ],
    references: [
      "https://docs.customer.io/api/track/#section/Authentication",
      "https://docs.customer.io/integrations/api/track/tag/trackregion/getRegion/",
    ],
  },
];
