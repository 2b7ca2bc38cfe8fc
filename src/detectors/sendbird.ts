import { NAME_TAIL_ASSIGN_OR_CALL, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Sendbird prints application ids as upper-case UUIDs. */
const APP_ID =
  /(?<![A-Za-z0-9-])(?<value>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![A-Za-z0-9-])/;
const appId = (label: string) =>
  [8, 4, 4, 4, 12].map((n, i) => randomChars("hexUpper", n, `${label}-${i}`)).join("-");
const token = (label: string) => randomChars("hexLower", 40, label);

export const detectors: Detector[] = [
  {
    id: "sendbird-api-token",
    name: "Sendbird API token",
    vendor: "Sendbird",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Sendbird provides in-app chat, voice and video, and AI chatbots. Each application has a master API token (and optional secondary tokens) of 40 hexadecimal characters, sent in the Api-Token header to api-<application id>.sendbird.com; the token has full access to the application's Platform API. It has no prefix and is recognised by the Sendbird name next to it.",
    security: [
      "Every user, channel and message of the application can be read, including private conversations.",
      "The attacker can create users, issue session tokens and impersonate any user.",
      "Messages, channels and users can be deleted, and webhooks pointed at an attacker's server.",
    ],
    mitigation: {
      revoke:
        "In the Sendbird dashboard open the application's Settings > General > API tokens; revoke the leaked secondary token, or, for the master token, create a secondary token, move your servers to it and then regenerate the master token. Update SENDBIRD_API_TOKEN.",
      revokeUrl: "https://dashboard.sendbird.com",
      audit:
        "Review the application's users, channels, moderation logs and webhook settings for changes during the exposure window, and look for session tokens issued to users you did not expect.",
      bestPractices: [
        "use secondary API tokens per server so the master token can stay unused",
        "never put API tokens in client apps; clients use per-user session tokens",
        "restrict the dashboard's allowed IPs for the Platform API where offered",
      ],
    },
    keywords: ["sendbird"],
    pattern: new RegExp(
      `(?:SENDBIRD|[Ss]end[Bb]ird)${NAME_TAIL_ASSIGN_OR_CALL}(?<secret>[a-f0-9]{40})${TOKEN_END}`,
    ),
    window: { before: 512, after: 512, multiline: true },
    minEntropy: 3.2,
    companions: [{ name: "application ID", pattern: APP_ID, within: 512 }],
    // The user list is read-only and spends nothing; the host needs the application id.
    verify: {
      method: "GET",
      url: "https://api-{companion:application ID}.sendbird.com/v3/users?limit=1",
      headers: { "Api-Token": "{secret}" },
      live: [200],
      dead: [400, 401, 403],
    },
    examples: [
      () => `SENDBIRD_APP_ID=${appId("sb-1")}\nSENDBIRD_API_TOKEN=${token("sb-1")}`,
      () => `{"sendbirdApiToken": "${token("sb-2")}"}`,
      () => `sendbird_master_token = '${token("sb-3")}'`,
    ],
    negatives: [
      "SENDBIRD_API_TOKEN=<your api token>",
      () => `SENDBIRD_API_TOKEN=${randomChars("hexLower", 32, "sb-short")}`,
      // The application id alone is not a secret.
      () => `SENDBIRD_APP_ID=${appId("sb-app")}`,
    ],
    references: ["https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api#2-authentication"],
  },
];
