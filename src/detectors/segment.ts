import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Segment (Twilio Segment) is a customer data platform that collects analytics events from websites, apps and servers and forwards them to hundreds of destinations.";
const audit =
  "Review the workspace's Audit Trail (Settings > Audit Trail) for changes made with the token, and the source's Debugger and event delivery for events you did not send.";

export const detectors: Detector[] = [
  {
    id: "segment-public-api-token",
    name: "Segment Public API token",
    vendor: "Segment",
    family: "Access Token",
    severity: "critical",
    description: `${about} Public API tokens (sgp_ followed by 64 letters and digits) manage a workspace through the Segment Public API: sources, destinations, tracking plans, users and access. Sourcegraph also uses sgp_, but its tokens are 40 hexadecimal characters, optionally after a 16-hex instance id.`,
    security: [
      "With a Workspace Owner token an attacker can add destinations and route all customer events, including personal data, to a system they control.",
      "Sources, destinations and tracking plans can be deleted or altered, breaking the data pipeline.",
      "Users and their roles can be changed, locking out the legitimate administrators.",
    ],
    mitigation: {
      revoke:
        'In the Segment app open Settings > Workspace settings > Access Management > Tokens, find the token by its description and click "Revoke"; create a new token with the least role the integration needs.',
      revokeUrl: "https://segment.com/docs/api/public-api/#create-a-public-api-token",
      audit,
      bestPractices: [
        "give Public API tokens the narrowest role (for example Source Admin on one source) rather than Workspace Owner",
        "label each token with its owner and purpose so that a leaked one can be identified",
        "store tokens in a secret manager",
      ],
    },
    keywords: ["sgp_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sgp_[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/,
    // The Public API's root describes the token's workspace: a GET with no side effect. Tokens of
    // EU workspaces (eu1.api.segmentapis.com) are refused by this host, so 401 stays unknown.
    verify: {
      method: "GET",
      url: "https://api.segmentapis.com/",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [],
      liveRequires: { field: "data.workspace.id" },
    },
    examples: [
      () => `SEGMENT_PUBLIC_API_TOKEN=sgp_${randomChars("alnum", 64, "segment-1")}`,
      () =>
        `curl https://api.segmentapis.com/sources -H "Authorization: Bearer sgp_${randomChars("alnum", 64, "segment-2")}"`,
      () => `{"token": "sgp_${randomChars("alnum", 64, "segment-3")}"}`,
    ],
    negatives: [
      "SEGMENT_PUBLIC_API_TOKEN=sgp_<token>",
      () => `SRC_ACCESS_TOKEN=sgp_${randomChars("hexLower", 40, "segment-sourcegraph")}`,
      () => `token = "sgp_${randomChars("alnum", 50, "segment-short")}"`,
    ],
    references: [
      "https://segment.com/docs/api/public-api/",
      "https://docs.segmentapis.com/tag/Workspaces#operation/getWorkspace",
    ],
  },
  {
    id: "segment-write-key",
    name: "Segment source write key",
    vendor: "Segment",
    family: "API Key",
    severity: "low",
    confidence: "medium",
    description: `${about} Every source has a write key (32 letters and digits) that authorizes sending events to it. Browser and mobile write keys are public by design; a server-side source's key in a configuration file still lets anyone write events into it.`,
    security: [
      "An attacker can send forged events, polluting analytics and triggering destination actions such as emails or ad audiences.",
      "A flood of events raises the workspace's billable volume (MTUs or API calls).",
    ],
    mitigation: {
      revoke:
        'In the Segment app open Connections > Sources > the source > Settings > API Keys, click "Generate New Key" to issue a new write key, update the senders, then delete the old key.',
      revokeUrl: "https://segment.com/docs/connections/find-writekey/",
      audit,
      bestPractices: [
        "enable a tracking plan with schema controls so that unexpected events are blocked",
        "use separate sources (and write keys) for client-side and server-side data",
      ],
    },
    keywords: ["segment_write_key", "segment-write-key", "segmentwritekey", "segment_writekey"],
    pattern:
      /(?<browser>(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|GATSBY|PUBLIC)_)?(?:SEGMENT_WRITE_KEY|[Ss]egment[_-]?[Ww]rite[_-]?[Kk]ey|segment_writekey)["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    // A name the front-end build exposes is a browser source's key, public by design.
    validate: (_secret, context) =>
      context.groups.browser === undefined
        ? true
        : "a browser source's key (its name ships it in the bundle)",
    examples: [
      () => `SEGMENT_WRITE_KEY=${randomChars("alnum", 32, "segment-wk-1")}`,
      () => `segment:\n  segment_write_key: "${randomChars("alnum", 32, "segment-wk-2")}"`,
    ],
    negatives: [
      "SEGMENT_WRITE_KEY=<your write key>",
      () => `SEGMENT_WRITE_KEY=${randomChars("alnum", 20, "segment-wk-short")}`,
      () => `NEXT_PUBLIC_SEGMENT_WRITE_KEY=${randomChars("alnum", 32, "segment-wk-browser")}`,
    ],
    references: ["https://segment.com/docs/connections/find-writekey/"],
  },
];
