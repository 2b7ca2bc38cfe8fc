import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "PlanetScale is a managed database platform for Vitess (MySQL) and Postgres with branching and deploy requests.";
const body = (label: string) => randomChars("base64url", 43, label);
const host = {
  name: "database host",
  pattern: /(?<value>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:psdb\.cloud|pg\.psdb\.cloud))/,
  within: 512,
};
const audit =
  "Review the organization's Audit log in the PlanetScale dashboard (Settings > Audit log) for branch, password, service-token and deploy-request events, and the database's Insights for unusual queries during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "planetscale-service-token",
    name: "PlanetScale service token",
    vendor: "PlanetScale",
    family: "API Token",
    severity: "critical",
    description: `${description} Service tokens (pscale_tkn_) authenticate the PlanetScale API and CLI for automation, together with a service token id, with the per-database and organization permissions granted to them.`,
    security: [
      "Depending on its grants, the token can create branches and passwords, and so obtain credentials that read or write production data.",
      "Databases, branches and backups can be deleted, and deploy requests merged to change production schemas.",
      "Organization-level grants let the holder manage members and billing-affecting resources.",
    ],
    mitigation: {
      revoke:
        "In the PlanetScale dashboard open the organization's Settings > Service tokens and delete the token (or run `pscale service-token delete <token-id> --org <org>`); create a replacement with only the database permissions it needs.",
      revokeUrl: "https://planetscale.com/docs/concepts/service-tokens",
      audit,
      bestPractices: [
        "grant service tokens per database and per permission instead of organization-wide",
        "store PLANETSCALE_SERVICE_TOKEN and its id in CI secrets",
      ],
    },
    keywords: ["pscale_tkn_"],
    // Real tokens are random mixed-case strings, so at least one lower-case letter is required.
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pscale_tkn_(?=[A-Z0-9_-]{0,63}[a-z])[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
    examples: [
      () => `PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${body("pscale-tkn-1")}`,
      () => `  service_token: "pscale_tkn_${body("pscale-tkn-2")}"`,
    ],
    negatives: [
      "PLANETSCALE_SERVICE_TOKEN=pscale_tkn_...",
      "PLANETSCALE_SERVICE_TOKEN=pscale_tkn_your_token_here",
    ],
    references: ["https://planetscale.com/docs/concepts/service-tokens"],
  },
  {
    id: "planetscale-password",
    name: "PlanetScale database password",
    vendor: "PlanetScale",
    family: "Password",
    severity: "critical",
    description: `${description} Database passwords (pscale_pw_) are connection credentials for one branch, created with a role (reader, writer, read/write or admin) and used in DATABASE_URL connection strings.`,
    security: [
      "Anyone who can reach the branch's host can connect with the password and read (and, for writer or admin roles, modify) all of its data.",
      "An admin password can alter or drop tables.",
      "Passwords of production branches give direct access to customer data, bypassing the application.",
    ],
    mitigation: {
      revoke:
        "In the PlanetScale dashboard open the database > Settings > Passwords, find the password by name and delete it (or run `pscale password delete <database> <branch> <password-id>`); create a new password and update DATABASE_URL.",
      revokeUrl: "https://planetscale.com/docs/concepts/connection-strings",
      audit,
      bestPractices: [
        "create one password per application with the narrowest role",
        "set expiration on passwords used for ad-hoc access",
        "keep connection strings in a secret manager, never in committed .env files",
      ],
    },
    keywords: ["pscale_pw_"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pscale_pw_(?=[A-Z0-9_-]{0,63}[a-z])[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
    companions: [host],
    examples: [
      () =>
        `DATABASE_URL=mysql://k8s7x2m1q9zw:pscale_pw_${body("pscale-pw-1")}@aws.connect.psdb.cloud/shop?sslaccept=strict`,
      () => `DATABASE_PASSWORD=pscale_pw_${body("pscale-pw-2")}`,
    ],
    negatives: [
      "DATABASE_PASSWORD=pscale_pw_<redacted>",
      "DATABASE_PASSWORD=pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
    references: ["https://planetscale.com/docs/concepts/connection-strings"],
  },
  {
    id: "planetscale-oauth-token",
    name: "PlanetScale OAuth token",
    vendor: "PlanetScale",
    family: "OAuth Token",
    severity: "high",
    description: `${description} OAuth tokens (pscale_oauth_) are issued to third-party OAuth applications that a user has authorized to act on their PlanetScale organizations.`,
    security: [
      "The holder can call the PlanetScale API with the scopes the user granted to the application, such as reading databases or creating branches and passwords.",
      "Access lasts until the authorization is revoked, not just until the user logs out.",
    ],
    mitigation: {
      revoke:
        "The user revokes the application's access in PlanetScale under their account Settings > OAuth applications (authorized applications); the application owner should also rotate its OAuth client secret if it leaked with the token.",
      revokeUrl: "https://planetscale.com/docs/concepts/planetscale-api-oauth-applications",
      audit,
      bestPractices: ["request the narrowest OAuth scopes", "store OAuth tokens encrypted at rest"],
    },
    keywords: ["pscale_oauth_"],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>pscale_oauth_(?=[A-Z0-9_-]{0,63}[a-z])[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
    examples: [
      () => `{"access_token": "pscale_oauth_${body("pscale-oauth-1")}", "token_type": "Bearer"}`,
      () => `PLANETSCALE_OAUTH_TOKEN=pscale_oauth_${body("pscale-oauth-2")}`,
    ],
    negatives: [
      "token = 'pscale_oauth_...'",
      () => `token = "pscale_oauth_${body("pscale-oauth-short").slice(0, 20)}"`,
    ],
    references: ["https://planetscale.com/docs/concepts/planetscale-api-oauth-applications"],
  },
];
