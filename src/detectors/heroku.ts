import { ASSIGN_LOOSE, bearerCheck, UUID, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Heroku";
const about =
  "Heroku is Salesforce's platform-as-a-service for running applications, with add-ons such as Heroku Postgres.";
const uuid = (label: string) =>
  `${randomChars("hexLower", 8, `${label}a`)}-${randomChars("hexLower", 4, `${label}b`)}-4${randomChars("hexLower", 3, `${label}c`)}-a${randomChars("hexLower", 3, `${label}d`)}-${randomChars("hexLower", 12, `${label}e`)}`;

const mitigation = {
  revoke:
    "Revoke the authorization: in the Heroku Dashboard open Account settings > Applications > Authorizations, find the token and Revoke it (CLI: `heroku authorizations` to list, `heroku authorizations:revoke <id>`); if it is the account's API key, select Regenerate API Key under Account settings > API Key. Update CI secrets and ~/.netrc with a new token.",
  revokeUrl: "https://dashboard.heroku.com/account/applications",
  audit:
    "Review each app's Activity feed (releases, config-var changes, dyno and add-on changes) and, on Heroku Enterprise, the account's audit trail for actions by the token's user.",
  bestPractices: [
    "use `heroku authorizations:create` to mint scoped, expiring tokens for automation instead of the account API key",
    "never commit ~/.netrc; use HEROKU_API_KEY only in CI secret storage",
    "enable multi-factor authentication for every account",
  ],
};
const security = [
  "The token acts as the user on every app they can access: deploying code, running one-off dynos (`heroku run`) and changing config vars.",
  "Config vars expose DATABASE_URL and every other credential the apps use.",
  "Add-ons can be provisioned at the account's expense and apps deleted.",
];
const verify = bearerCheck("https://api.heroku.com/account", {
  live: [200],
  dead: [401, 403],
  liveRequires: { field: "id" },
  analyze: { facts: { identity: { field: "email" } } },
  headers: { Accept: "application/vnd.heroku+json; version=3" },
});

export const detectors: Detector[] = [
  {
    id: "heroku-api-key",
    name: "Heroku API key / OAuth token",
    vendor,
    family: "API Key",
    severity: "critical",
    description: `${about} The Platform API, CLI and Git pushes authenticate with the account's API key or OAuth authorizations; tokens in the current format start with HRKU-AA followed by 58 URL-safe characters.`,
    security,
    mitigation,
    keywords: ["HRKU-AA"],
    window: { before: 8, after: 80 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])/,
    verify,
    examples: [
      () => `HEROKU_API_KEY=HRKU-AA${randomChars("base64url", 58, "hrku-1")}`,
      () =>
        `machine api.heroku.com\n  login dev@example.com\n  password HRKU-AA${randomChars("base64url", 58, "hrku-2")}`,
      () => `{"heroku_api_key": "HRKU-AA${randomChars("base64url", 58, "hrku-3")}"}`,
    ],
    negatives: [
      "HEROKU_API_KEY=HRKU-AA...",
      () => `HEROKU_API_KEY=HRKU-AA${randomChars("base64url", 40, "hrku-short")}`,
    ],
    references: [
      "https://devcenter.heroku.com/articles/platform-api-reference#account-info",
      "https://devcenter.heroku.com/articles/platform-api-quickstart#authentication",
    ],
  },
  {
    id: "heroku-api-key-legacy",
    name: "Heroku API key (UUID format)",
    vendor,
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description: `${about} API keys and OAuth tokens issued before the HRKU- format are UUIDs, recognised by names such as HEROKU_API_KEY or HEROKU_AUTH_TOKEN.`,
    security,
    mitigation,
    keywords: ["heroku"],
    window: { before: 48, after: 80 },
    pattern: new RegExp(
      `(?:HEROKU_API_KEY|HEROKU_API_TOKEN|HEROKU_AUTH_TOKEN|HEROKU_TOKEN|HEROKU_OAUTH_TOKEN|heroku_api_key|heroku_api_token|heroku_token|herokuApiKey|HerokuApiKey|${vendorName(["heroku"], ["key", "token"])})${ASSIGN_LOOSE}(?<secret>${UUID})(?![A-Za-z0-9-])`,
    ),
    verify,
    examples: [
      () => `HEROKU_API_KEY=${uuid("heroku-1")}`,
      () => `const HEROKU_KEY = "${uuid("heroku-3")}"`,
      () =>
        `      - uses: akhileshns/heroku-deploy@v3.13.15\n        with:\n          heroku_api_key: ${uuid("heroku-2")}`,
    ],
    negatives: [
      "HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}",
      "HEROKU_API_KEY=00000000-0000-0000-0000-000000000000",
      // An app id in a dashboard URL, not an API key.
      () => `curl https://kolkrabbi.heroku.com/apps/${uuid("heroku-app")}/github/push`,
    ],
    references: [
      "https://devcenter.heroku.com/articles/platform-api-reference#account-info",
      "https://devcenter.heroku.com/articles/authentication",
    ],
  },
];
