import { ASSIGN_OR_CALL, anyCase, bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

const about =
  "Intercom is a customer messaging platform: live chat, help desk, help center and product tours.";
/** An access token as Intercom issues them: base64 of "tok:" + an underscore-separated UUID + ":1:0". */
const accessToken = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  const id = `${hex.slice(0, 8)}_${hex.slice(8, 12)}_${hex.slice(12, 16)}_${hex.slice(16, 20)}_${hex.slice(20)}`;
  return Buffer.from(`tok:${id}:1:0`).toString("base64");
};
const tokLayout: Validator = (secret) => {
  const decoded = Buffer.from(secret, "base64").toString("latin1");
  return /^tok:[\x21-\x7e]{20,80}$/.test(decoded) ? true : 'does not decode to "tok:" and printable text';
};
const revoke =
  "In Intercom open Settings > Integrations > Developer Hub, select the app that owns the token, open Configure > Authentication and regenerate the access token (or delete the app); update the integration with the new token. For OAuth tokens of other workspaces, the workspace removes the app from its App Store settings.";
const audit =
  "Review the workspace's Settings > Security / Teammate activity logs and the Developer Hub app's API request logs for calls, exports and changes you did not make.";
const practices = [
  "give each private app only the data permissions (scopes) it needs",
  "keep access tokens on the server; the Messenger needs only the workspace app ID",
];

export const detectors: Detector[] = [
  {
    id: "intercom-access-token",
    name: "Intercom access token",
    vendor: "Intercom",
    family: "Access Token",
    severity: "high",
    description: `${about} Access tokens of Developer Hub apps are base64 strings beginning dG9rO (usually dG9rOj or dG9rOm), the encoding of "tok:"; they authenticate the REST API for one workspace.`,
    security: [
      "An attacker can export contacts and companies: names, e-mail addresses, phone numbers and custom attributes.",
      "Conversations, including customers' messages and attachments, can be read and replied to as your team.",
      "Data can be changed or deleted within the app's permissions.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://app.intercom.com/a/apps/_/developer-hub",
      audit,
      bestPractices: practices,
    },
    keywords: ["dG9rO"],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>dG9rO[g-v][A-Za-z0-9+/]{40,120}={0,2})(?![A-Za-z0-9+/=_-])/,
    validate: tokLayout,
    verify: bearerCheck("https://api.intercom.io/me", {
      live: [200],
      dead: [401],
      liveRequires: { field: "type", equals: "admin" },
      headers: { Accept: "application/json" },
    }),
    examples: [
      () => `INTERCOM_ACCESS_TOKEN=${accessToken("ic-1")}`,
      () => `headers: { Authorization: "Bearer ${accessToken("ic-2")}" }`,
      () => `intercom:\n  token: '${accessToken("ic-3")}'`,
    ],
    negatives: [
      "INTERCOM_ACCESS_TOKEN=dG9rOjxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // Right prefix, but the rest does not decode to printable text.
      () =>
        `INTERCOM_ACCESS_TOKEN=dG9rOj${Buffer.from(randomChars("\u0001\u0002\u0003\u00fe\u00ff", 44, "ic-bin"), "latin1").toString("base64")}`,
    ],
    references: ["https://developers.intercom.com/docs/build-an-integration/learn-more/authentication"],
  },
  {
    id: "intercom-api-key",
    name: "Intercom API token (context)",
    vendor: "Intercom",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} Older Intercom access tokens and API keys do not carry the dG9rOj prefix; they are 60 URL-safe characters, recognised here by an Intercom setting name next to them.`,
    security: [
      "An attacker can read and export the workspace's contacts, companies and conversations.",
      "Messages can be sent to customers as your team.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://app.intercom.com/a/apps/_/developer-hub",
      audit,
      bestPractices: practices,
    },
    keywords: ["intercom"],
    pattern: new RegExp(
      `${anyCase("intercom")}[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9_-]{58,60}={0,2})(?![A-Za-z0-9=_-])`,
    ),
    // Reads the admin the token acts as: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://api.intercom.io/me",
      headers: { Authorization: "Bearer {secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `INTERCOM_API_KEY=${randomChars("base64url", 60, "ic-ctx-1")}`,
      () => `{"intercomToken": "${randomChars("base64url", 60, "ic-ctx-2")}"}`,
    ],
    negatives: [
      "INTERCOM_API_KEY=<your access token>",
      () => `INTERCOM_APP_ID=${randomChars("lowerAlnum", 8, "ic-appid")}`,
    ],
    references: [
      "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication",
      "https://developers.intercom.com/docs/references/rest-api/api.intercom.io/admins/identifyadmin",
    ],
  },
];
