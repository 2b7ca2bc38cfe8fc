import { randomChars } from "../catalog/synth.js";
import type { Detector, MatchContext } from "../catalog/types.js";

const description =
  "Snowflake is a cloud data warehouse and data platform holding analytical data, often the company's most complete copy of customer and business data.";
const security = [
  "Every database, schema and stage the user's roles can reach can be queried and unloaded to an external location.",
  "Warehouses can be resumed and run at the company's expense.",
  "With a privileged role, users, roles, grants, network policies and shares can be altered to keep access or exfiltrate data through a share.",
];
const mitigation = {
  revoke:
    "A user or security administrator changes the password at once (`ALTER USER <name> SET PASSWORD = '…'`, or Snowsight > Admin > Users & Roles > user > Reset password) and ends the user's sessions (`ALTER USER <name> ABORT ALL QUERIES`; disable the user with `ALTER USER <name> SET DISABLED = TRUE` while you investigate). Move service users to key-pair or OAuth authentication.",
  revokeUrl: "https://docs.snowflake.com/en/sql-reference/sql/alter-user",
  audit:
    "Query SNOWFLAKE.ACCOUNT_USAGE.LOGIN_HISTORY for the user's logins (client IPs, client types) and QUERY_HISTORY / ACCESS_HISTORY for what was read or unloaded during the exposure window.",
  bestPractices: [
    "use key-pair authentication or OAuth for service users, and type=SERVICE users that cannot log in with passwords",
    "enforce MFA for human users and network policies that restrict client IPs",
    "keep connection parameters in a secrets manager or connections.toml outside the repository",
  ],
};
/** Values that document the field rather than fill it. */
const PLACEHOLDER_PASSWORD =
  /^(?:password|passwd|pass|pwd|secret|changeme|admin|root|test|snowflake|none|null|\*+|x+|<[^>]*>|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\}|%[^%]*%|\[[^\]]*\])$/i;
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
const notPlaceholder = (secret: string, _context: MatchContext): true | string =>
  PLACEHOLDER_PASSWORD.test(secret) || PLACEHOLDER_PASSWORD.test(decoded(secret))
    ? "a placeholder password"
    : true;
const password = (label: string) => `${randomChars("alnum", 14, label)}!${randomChars("digits", 2, label)}`;

export const detectors: Detector[] = [
  {
    id: "snowflake-connection-uri",
    name: "Snowflake connection URI with password",
    vendor: "Snowflake",
    family: "Connection String",
    severity: "critical",
    description: `${description} SQLAlchemy, dbt, Airflow and other tools accept snowflake://user:password@account/database URIs; a URI with a password in it is a full login for that user.`,
    security,
    mitigation,
    keywords: ["snowflake://"],
    pattern:
      // Airflow's connection URIs leave the host empty and give the account as a parameter:
      // snowflake://user:password@/DATABASE/SCHEMA?account=...
      /snowflake:\/\/(?<user>[^:@/\s"'`]{1,128}):(?<secret>[^@/\s"'`]{1,128})@(?:(?<account>[A-Za-z0-9._-]{3,255})|(?=\/[^\s"'`]{0,300}[?&]account=))/,
    validate: notPlaceholder,
    examples: [
      () =>
        `SNOWFLAKE_URL=snowflake://etl_user:${password("sf-uri-1")}@xy12345.eu-west-1/ANALYTICS/PUBLIC?warehouse=ETL_WH`,
      () => `engine = create_engine("snowflake://loader:${password("sf-uri-2")}@myorg-myaccount/RAW")`,
      () => `  sql_alchemy_conn: snowflake://airflow:${password("sf-uri-3")}@acme-prod/AIRFLOW/PUBLIC`,
      () =>
        `AIRFLOW_CONN_SNOWFLAKE_DEFAULT='snowflake://loader:${password("sf-uri-4")}@/RAW/PUBLIC?account=xy12345.eu-west-1&warehouse=LOAD_WH'`,
    ],
    negatives: [
      "engine = create_engine('snowflake://user:password@account/db')",
      "SNOWFLAKE_URL=snowflake://${SF_USER}:${SF_PASSWORD}@${SF_ACCOUNT}/DB",
      "snowflake://<user>:<password>@<account_identifier>/<database>",
      "snowflake://user@account/db?authenticator=externalbrowser",
      // No account anywhere: not a login.
      () => `snowflake://loader:${password("sf-uri-5")}@/RAW/PUBLIC`,
    ],
    references: ["https://docs.snowflake.com/en/developer-guide/python-connector/sqlalchemy"],
  },
  {
    id: "snowflake-password",
    name: "Snowflake password",
    vendor: "Snowflake",
    family: "Password",
    severity: "critical",
    confidence: "medium",
    description: `${description} Connectors read a user's password from settings such as SNOWFLAKE_PASSWORD, a dbt profile or a snowflake.connector.connect(password=…) call; with the account identifier and user name it logs in as that user.`,
    security,
    mitigation,
    keywords: ["snowflake"],
    pattern:
      /(?:(?:SNOWFLAKE|[Ss]nowflake)[\w.-]{0,20}(?:PASSWORD|[Pp]assword|PWD)["']?\s{0,3}(?:=>|[:=])\s{0,3}["']?|snowflake\.connector\.connect\([^)\n]{0,200}?password\s{0,2}=\s{0,2}["'])(?<secret>[^\s"'\x60]{6,128})(?=["'\x60\s,;)]|$)/,
    validate: notPlaceholder,
    examples: [
      () => `SNOWFLAKE_PASSWORD=${password("sf-pw-1")}`,
      () =>
        `conn = snowflake.connector.connect(user="ETL", password="${password("sf-pw-2")}", account="xy12345")`,
      () => `export SNOWFLAKE_PWD='${password("sf-pw-3")}'`,
    ],
    negatives: [
      "SNOWFLAKE_PASSWORD=password",
      "SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}",
      "snowflake_password: \"{{ env_var('SNOWFLAKE_PASSWORD') }}\"",
      "SNOWFLAKE_PASSWORD=<your password>",
    ],
    references: ["https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect"],
  },
];
