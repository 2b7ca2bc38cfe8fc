import {
  ASSIGN_LOOSE,
  bearerCheck,
  NAME_TAIL_ASSIGN_OR_CALL,
  TOKEN_END,
  vendorName,
} from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const gid = (label: string) => `1${randomChars("digits", 15, label)}`;
const hex = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "asana-personal-access-token",
    name: "Asana personal access token",
    vendor: "Asana",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Asana is a work management platform for tasks, projects and portfolios. Personal access tokens look like 1/<user id>:<32 hex> or, in the current format, 2/<user id>/<token id>:<32 hex>; the numeric parts are common, so tokens are recognised next to an Asana name.",
    security: [
      "Every task, project, comment and attachment the user can see can be read, including private projects.",
      "Tasks and projects can be created, changed, reassigned or deleted in the user's name.",
      "Webhooks can be registered to stream workspace activity to an attacker.",
    ],
    mitigation: {
      revoke:
        "The token's owner opens the Asana developer console (My settings > Apps > Manage developer apps), finds the token under Personal access tokens and deauthorizes (deletes) it; create a new token and update ASANA_ACCESS_TOKEN.",
      revokeUrl: "https://app.asana.com/0/my-apps",
      audit:
        "On Enterprise plans, query the Audit Log API (or the admin console) for events by the user via the API; otherwise review task histories in the affected projects.",
      bestPractices: [
        "prefer OAuth apps or service accounts over personal tokens for shared integrations",
        "give each integration its own token and delete unused ones",
      ],
    },
    keywords: ["asana"],
    pattern: new RegExp(
      `(?:ASANA|[Aa]sana)${NAME_TAIL_ASSIGN_OR_CALL}(?:Bearer\\s{1,3})?(?<secret>[12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[a-f0-9]{32}|0/[a-f0-9]{32})${TOKEN_END}`,
    ),
    verify: bearerCheck("https://app.asana.com/api/1.0/users/me", {
      live: [200],
      dead: [401],
      liveRequires: { field: "data.gid" },
    }),
    examples: [
      () => `ASANA_ACCESS_TOKEN=2/${gid("asana-1u")}/${gid("asana-1t")}:${hex("asana-1")}`,
      () => `client = asana.Client.access_token("1/${gid("asana-2u")}:${hex("asana-2")}")`,
      () => `  asana_pat: "2/${gid("asana-3u")}/${gid("asana-3t")}:${hex("asana-3")}"`,
    ],
    negatives: [
      "ASANA_ACCESS_TOKEN=2/1234567890123456/1234567890123456:your_token",
      "ASANA_ACCESS_TOKEN=<personal access token>",
      () => `ratio = "1/${gid("asana-nocontext")}:${hex("asana-nocontext")}"`,
    ],
    references: ["https://developers.asana.com/docs/personal-access-token"],
  },
  {
    id: "asana-client-secret",
    name: "Asana OAuth app client secret",
    vendor: "Asana",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Asana is a work management platform for tasks, projects and portfolios. An app registered in the Asana developer console gets a client ID and a client secret, 32 lower-case letters and digits, with which it exchanges authorization codes and refresh tokens for access tokens. It has no prefix, so it is recognised only in a name that mentions Asana and a client secret.",
    security: [
      "With a captured authorization code or a stored refresh token, access tokens can be minted for every user who authorized the app.",
      "The app's identity can be used to phish users into granting access to their workspaces.",
    ],
    mitigation: {
      revoke:
        "In the Asana developer console (app.asana.com/0/my-apps) select the app, open the OAuth tab and choose Reset next to the client secret; deploy the new secret to the app.",
      revokeUrl: "https://app.asana.com/0/my-apps",
      audit:
        "On Enterprise plans, query the Audit Log API for activity by the app's tokens; review the app's authorized users.",
      bestPractices: ["keep the secret server-side; public clients should use PKCE without a secret"],
    },
    keywords: ["asana"],
    pattern: new RegExp(
      `${vendorName(["asana"], ["client_secret", "clientSecret", "client-secret", "ClientSecret", "oauth_secret", "app_secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // No verify: a client secret is only checked by a token exchange, a POST that needs a code.
    examples: [
      () => `ASANA_CLIENT_SECRET=${randomChars("lowerAlnum", 32, "asana-client-secret-1")}`,
      () => `asana_client_secret: "${randomChars("lowerAlnum", 32, "asana-client-secret-2")}"`,
      () => `const asanaClientSecret = '${randomChars("lowerAlnum", 32, "asana-client-secret-3")}';`,
    ],
    negatives: [
      "ASANA_CLIENT_SECRET=<client secret>",
      () => `ASANA_CLIENT_ID=${randomChars("lowerAlnum", 32, "asana-client-id")}`,
      () => `ASANA_CLIENT_SECRET=${randomChars("lowerAlnum", 24, "asana-client-secret-short")}`,
    ],
    references: [
      "https://developers.asana.com/docs/oauth",
      "https://docs.gitlab.com/ee/user/application_security/dast/browser/checks/798.10.html",
      "https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml",
    ],
  },
];
