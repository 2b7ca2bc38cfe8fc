import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** base64url of `{"miro.origin":"` : every current Miro token starts with its region marker in JSON. */
const ORIGIN = "eyJtaXJvLm9yaWdpbiI6I";
/** The whole marker for the eu01 region, {"miro.origin":"eu01"}, then `_`. */
const PREFIX = `${ORIGIN}mV1MDEifQ_`;
const token = (label: string) => `${PREFIX}${randomChars("base64url", 27, label)}`;

export const detectors: Detector[] = [
  {
    id: "miro-access-token",
    name: "Miro REST API access token",
    vendor: "Miro",
    family: "OAuth Token",
    severity: "high",
    description:
      'Miro is an online whiteboard for collaboration. Its REST API takes OAuth 2.0 access tokens, issued when a user installs an app in a team (including the developer\'s own token shown on the app\'s page); current tokens begin with the base64url of a region marker such as {"miro.origin":"eu01"} and an underscore, followed by about 27 URL-safe characters. Refresh tokens share the prefix.',
    security: [
      "Every board the installing user can reach in the team can be read, with its sticky notes, documents and images.",
      "With write scopes the attacker can change or delete board content and invite or remove board members.",
      "Team and organization membership can be read when the token has those scopes.",
    ],
    mitigation: {
      revoke:
        "In Miro open Profile settings > Your apps (or the team's Apps management page), find the app the token was issued to and uninstall it, which revokes its tokens; reinstall to obtain a new token. Admins can also revoke a token with the Miro REST API's revoke-token endpoint.",
      revokeUrl: "https://miro.com/app/settings/user-profile/apps",
      audit:
        "Review the boards' history and activity (and, on Enterprise, the audit logs) for content changes and sharing made by the app during the exposure window.",
      bestPractices: [
        "request only the scopes the app needs (boards:read rather than boards:write)",
        "enable expiring access tokens with refresh tokens for your app",
        "never paste tokens into front-end code; call Miro from a backend",
      ],
    },
    keywords: [ORIGIN],
    caseSensitiveKeywords: true,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>eyJtaXJvLm9yaWdpbiI6I[A-Za-z0-9]{6}ifQ_[A-Za-z0-9_-]{25,40})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    // Token context returns which team and user the token belongs to, without changing anything.
    verify: bearerCheck("https://api.miro.com/v1/oauth-token", { live: [200], dead: [401] }),
    examples: [
      () => `MIRO_ACCESS_TOKEN=${token("miro-1")}`,
      () => `api = miro_api.MiroApi('${token("miro-2")}')`,
      () => `{"env": {"MIRO_ACCESS_TOKEN": "${token("miro-3")}"}}`,
      // A token issued in another region carries that region in its marker.
      () => `miroToken = "${ORIGIN}nVzMDEifQ_${randomChars("base64url", 27, "miro-us")}"`,
    ],
    negatives: [
      // An authorization code is short-lived and much shorter.
      () => `code: "${PREFIX}${randomChars("alnum", 6, "miro-code")}"`,
      "MIRO_ACCESS_TOKEN=your-miro-token",
    ],
    references: [
      "https://developers.miro.com/reference/authorization-flow-for-expiring-access-tokens",
      "https://developers.miro.com/reference/get-access-token-context",
    ],
  },
];
