import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `<key id>-<64 letters and digits>`, as TrueNAS shows a new API key once. */
const apiKey = (label: string) => `${randomChars("123456789", 1, label)}-${randomChars("alnum", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "truenas-api-key",
    name: "TrueNAS API key",
    vendor: "TrueNAS",
    family: "API Key",
    severity: "high",
    description:
      "TrueNAS (CORE and SCALE) is iXsystems' storage operating system. An API key, the key's numeric ID, a dash and 64 letters and digits, authenticates to the middleware as its user: as a bearer token on the REST API (/api/v2.0) or through auth.login_with_api_key on the WebSocket API.",
    security: [
      "An attacker who reaches the TrueNAS host can act as the key's user, usually an administrator: read and delete datasets and snapshots, change shares and users, and run commands through the middleware.",
      "Deleting snapshots and pools can destroy the backups the system exists to keep.",
    ],
    mitigation: {
      revoke:
        "In the TrueNAS web UI open the user menu > API Keys (SCALE: Credentials > Users > API Keys), delete the leaked key and add a new one; update the scripts that used it.",
      revokeUrl: "https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/",
      audit:
        "Review the audit log (System > Audit on SCALE) and the middleware log for API sessions of the key since it leaked, and check datasets, shares and snapshots for changes.",
      bestPractices: [
        "create one key per script or integration so that a leak can be revoked on its own",
        "keep the TrueNAS API off the internet; reach it through a VPN or a management network",
      ],
    },
    keywords: ["login_with_api_key", "truenas", "/api/v2.0"],
    window: { before: 256, after: 128, multiline: true },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[0-9]{1,6}-[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `{"id": "1", "msg": "method", "method": "auth.login_with_api_key", "params": ["${apiKey("truenas-1")}"]}`,
      () => `curl -H "Authorization: Bearer ${apiKey("truenas-2")}" https://nas.lan/api/v2.0/system/info`,
      () => `TRUENAS_API_KEY=${apiKey("truenas-3")}`,
    ],
    negatives: [
      'TRUENAS_API_KEY="1-<your api key>"',
      // Too short to be a key.
      () => `TRUENAS_API_KEY=1-${randomChars("alnum", 40, "truenas-short")}`,
    ],
    references: [
      "https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/",
      "https://www.truenas.com/docs/api/core_websocket_api.html",
      "https://www.truenas.com/docs/api/scale_rest_api.html",
    ],
  },
];
