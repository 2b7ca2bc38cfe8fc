import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";
import { placeholderReason } from "../engine/filters.js";

const description =
  "Dropbox is a cloud file storage and sharing service with an API used by backup tools, integrations and internal scripts.";
const security = [
  "Every file and folder the token's app can reach (the whole account for full-Dropbox apps) can be downloaded, including shared team folders.",
  "Files can be overwritten, deleted or shared publicly with links, and ransomware-style encryption of synced files is possible.",
  "Account and team details can be read, and for team apps members' data can be accessed.",
];
const audit =
  "Review the account's Security page (dropbox.com/account/security) for linked apps and sessions, file version history and deleted files; Dropbox Business admins should check the Admin console Activity page for API access during the exposure window.";
const bestPractices = [
  "use short-lived access tokens with refresh tokens (offline access) instead of generated long-lived tokens",
  "create app-folder apps rather than full-Dropbox apps when the integration only needs its own folder",
  "keep app keys, secrets and refresh tokens in a secret manager",
];
const verify = {
  method: "POST",
  url: "https://api.dropboxapi.com/2/users/get_current_account",
  headers: { Authorization: "Bearer {secret}", "Content-Type": "application/json" },
  body: "null",
  live: [200],
  dead: [401],
  liveRequires: { field: "account_id" },
} as const;
const longLived = (label: string) =>
  `${randomChars("alnum", 11, `${label}-a`)}AAAAAAAAAA${randomChars("base64url", 43, `${label}-b`)}`;

export const detectors: Detector[] = [
  {
    id: "dropbox-short-lived-token",
    name: "Dropbox short-lived access token",
    vendor: "Dropbox",
    family: "Access Token",
    severity: "high",
    description: `${description} OAuth access tokens start with sl. (sl.u. for newer ones) and expire about four hours after they are issued; they often leak together with the refresh token that mints them.`,
    security,
    mitigation: {
      revoke:
        "Revoke the token at once with POST https://api.dropboxapi.com/2/auth/token/revoke using the token itself, and disconnect the app for the affected user (dropbox.com/account/connected_apps); if a refresh token or app secret leaked too, rotate them in the App Console.",
      revokeUrl: "https://www.dropbox.com/account/connected_apps",
      audit,
      bestPractices,
    },
    keywords: ["sl."],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/,
    // Newer sl.u. tokens run to well over a thousand characters.
    window: { before: 128, after: 1600 },
    verify,
    examples: [
      () => `DROPBOX_ACCESS_TOKEN=sl.${randomChars("base64url", 136, "dropbox-sl-1")}`,
      () => `dbx = dropbox.Dropbox("sl.u.${randomChars("base64url", 600, "dropbox-sl-2")}")`,
    ],
    negatives: [
      "DROPBOX_ACCESS_TOKEN=sl.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "ssl.keyfile = /etc/ssl/private/server.key",
      () => `DROPBOX_ACCESS_TOKEN=sl.${randomChars("base64url", 60, "dropbox-sl-short")}`,
    ],
    references: ["https://developers.dropbox.com/oauth-guide"],
  },
  {
    id: "dropbox-long-lived-token",
    name: "Dropbox long-lived access or refresh token",
    vendor: "Dropbox",
    family: "OAuth Token",
    severity: "high",
    confidence: "medium",
    description: `${description} Long-lived access tokens (generated in the App Console before 2021) and refresh tokens are 64 characters: 11 characters, ten A's, then 43 URL-safe characters. They do not expire, and are recognised next to a Dropbox name.`,
    security: [
      ...security,
      "The token does not expire: it stays usable until revoked or the app is disconnected.",
    ],
    mitigation: {
      revoke:
        "For a token you generated, open the Dropbox App Console (dropbox.com/developers/apps) > your app > Settings and revoke the generated access token; for a user's token or refresh token, call POST /2/auth/token/revoke or have the user disconnect the app at dropbox.com/account/connected_apps. Rotate the app secret if it leaked alongside.",
      revokeUrl: "https://www.dropbox.com/developers/apps",
      audit,
      bestPractices,
    },
    keywords: ["dropbox"],
    pattern:
      /(?:DROPBOX|[Dd]ropbox)[\w.-]{0,30}["']?\s{0,3}(?:=>|:=|[:=]|\(\s{0,3}(?:[A-Za-z0-9_]{1,30}\s{0,2}=)?)\s{0,3}["'\x60]?(?<secret>[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
    // Ten A's are part of the format, so the default placeholder check runs on the random parts only.
    skipPlaceholderCheck: true,
    minEntropy: 3,
    validate: (secret) => placeholderReason(secret.slice(0, 11) + secret.slice(21)) ?? true,
    verify,
    examples: [
      () => `DROPBOX_REFRESH_TOKEN=${longLived("dropbox-ll-1")}`,
      () => `dbx = dropbox.Dropbox(oauth2_refresh_token="${longLived("dropbox-ll-2")}", app_key=APP_KEY)`,
      () => `{"dropboxAccessToken": "${longLived("dropbox-ll-3")}"}`,
    ],
    negatives: [
      "DROPBOX_TOKEN=xxxxxxxxxxxAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "DROPBOX_TOKEN=YOUR_ACCESS_TOKEN",
      () =>
        `DROPBOX_TOKEN=${randomChars("alnum", 11, "dropbox-ll-noas")}${randomChars("base64url", 53, "dropbox-ll-noas-b")}`,
    ],
    references: ["https://developers.dropbox.com/oauth-guide"],
  },
];
