import {
  DEFAULT_ACCOUNTS,
  notAPasswordReason,
  passwordPlaceholderReason,
  placeholderValueReason,
} from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, MatchContext, Validator } from "../catalog/types.js";
import {
  defaultMinEntropy,
  placeholderReason,
  placeholderWordReason,
  shannonEntropy,
} from "../engine/filters.js";

/*
 * Credentials written into connection URIs (scheme://user:password@host), JDBC URLs and
 * ADO.NET / ODBC / libpq connection strings. The URI structure leaves no doubt that the value
 * is a password, so human-chosen passwords are reported too; only placeholders, references
 * (${DB_PASS}, %s, {password}, <password>, :password) and user == password defaults are not.
 *
 * Where the host is decides the severity:
 * - a routable host (db.prod.example.net, 10.0.3.7, a cloud endpoint): one detector per
 *   family (PostgreSQL, MySQL, MongoDB...), severity high;
 * - a loopback or single-label host (localhost, 127.0.0.1, ::1, host.docker.internal, or a
 *   docker-compose service name such as "db"): `local-connection-uri`, severity low. Such a
 *   password only works from the same machine or container network and is usually a
 *   development value, but it is still a real password that people reuse, so it is reported;
 *   well-known defaults (postgres:postgres, guest:guest, root:root) are not;
 * - documentation hosts (example.com, *.example, *.test, *.invalid) are never reported.
 */

/** The user part may hold one "@" (an e-mail address as user name, as FTP and SMTP URIs do). */
const USER = String.raw`(?<user>[^\s:/?#"'\x60<>\\@]{0,128}(?:@[^\s:/?#"'\x60<>\\@]{1,128})?)`;
/**
 * Lazy, so that the password ends at the last "@" that is followed by a valid host. "#" and
 * "?" are taken: people paste generated passwords into DATABASE_URL unencoded, and the
 * password is no less leaked for the URI being malformed. A "?" that a query's "=" follows is
 * not: `host:8080?next=a@b.io` is a port and a query.
 */
const PASSWORD = String.raw`(?<secret>(?:[^\s/?"'\x60<>\\]|\?(?![^\s/"'\x60<>\\@]{0,256}=)){1,256}?)`;
/**
 * A host name, an IPv6 literal, or a template that fills the host in at deploy time (Terraform's
 * `${azurerm_postgresql_flexible_server.main.fqdn}`, Compose's `${DB_HOST}`, Actions' `${{ }}`,
 * Helm's `{{ .Values.host }}`, Python's `{host}` and `%s`), or that code appends
 * (`'postgresql://app:pw@' + HOST`, PHP's `. $host`, or the next line's string that Python and
 * C join to it, where the host is empty): the password beside it is still a literal.
 */
const HOST = String.raw`(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9](?:[A-Za-z0-9._-]{0,251}[A-Za-z0-9])?|\$\{[^{}\s]{1,200}\}|\$\{\{[^{}]{1,200}\}\}|\{\{[^{}]{1,200}\}\}|\{[A-Za-z_][\w.]{0,100}\}|%(?:\([A-Za-z_]\w{0,40}\))?s|(?=["'\x60][ \t]{0,3}[+.][ \t]{0,3}[\w$(])|(?=["'][ \t]{0,3}\\?\r?\n[ \t]{0,40}["']))`;
const AFTER_HOST = String.raw`(?=[:/?#,;\s"'\x60<>\\)\]}]|$)`;

/**
 * scheme://user:password@host. The scheme is matched first (a literal, which the regex engine
 * scans for quickly); whether it starts a token is checked only once "://" follows.
 */
function uri(scheme: string): RegExp {
  return new RegExp(
    `(?<scheme>${scheme})(?=://)(?<=(?:^|[^A-Za-z0-9+.-])(?:${scheme}))://${USER}:${PASSWORD}@${HOST}${AFTER_HOST}`,
  );
}

type HostKind = "local" | "documentation" | "remote";

const LOOPBACK =
  /^(?:localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1?\]?|host\.docker\.internal|gateway\.docker\.internal)$/i;
const DOCUMENTATION =
  /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|your-?(?:domain|host|server)[\w-]*\.[a-z]+|(?:your|my)?(?:domain|company)\.com|host\.com|server\.com|acme\.com)$/i;

/** User names that only documentation uses. */
const PLACEHOLDER_USERS =
  /^(?:user|username|user_?name|myuser|youruser|your[_-]?user(?:name)?|login|someone|foo|name)$/i;

function hostKind(host: string): HostKind {
  // A template's host is whatever the deployment fills in, most often the managed server's;
  // so is a host that code appends to the string.
  if (host === "" || /^\$?\{|^%/.test(host)) return "remote";
  if (LOOPBACK.test(host)) return "local";
  if (DOCUMENTATION.test(host)) return "documentation";
  // A single label ("db", "postgres", "redis") is a container-network or /etc/hosts name.
  if (!host.includes(".") && !host.startsWith("[")) return "local";
  return "remote";
}

/**
 * Passwords of the official images and tutorials, not worth a finding on a local host: the
 * default accounts' own names (postgres:postgres) and a few more.
 */
const LOCAL_DEFAULTS: ReadonlySet<string> = new Set([
  ...DEFAULT_ACCOUNTS,
  // Kamailio's database users, as its kamctlrc and docs ship them.
  ..."clickhouse cassandra development local docker secret password pass kamailiorw kamailioro".split(" "),
]);

/** Shortest password taken for real in a URI: "a:b@host" and "u:p@host" are documentation. */
const MIN_URI_PASSWORD = 4;

function remoteValidator(secret: string, context: MatchContext): true | string {
  const host = context.groups.host ?? "";
  const managed = MANAGED_DATABASE_HOST.test(host) && placeholderWordReason(host) === undefined;
  if (PLACEHOLDER_USERS.test(context.groups.user ?? "")) return "a placeholder user name";
  if (managed)
    return placeholderWordReason(secret) ?? notAPasswordReason(secret, context.groups.user) ?? true;
  if (secret.length < MIN_URI_PASSWORD) return `a ${secret.length}-character password`;
  const kind = hostKind(host);
  if (kind === "documentation") return "a documentation host";
  if (kind === "local") return "a local host (reported by local-connection-uri)";
  return routablePasswordReason(secret, context.groups.user) ?? true;
}

/**
 * Managed database services, whose host names hold the provider's id of one customer's server
 * (`cluster0.qz7ab.mongodb.net`, an RDS instance, a Supabase project): the server is on the
 * internet and the host is no documentation sample, so even a weak password written for it
 * (`1`, `123456`, `qwerty`, the custom user's own name: `jay:jay@cluster0.x.mongodb.net`) is one
 * a real server takes, and is reported. What is no password at all (`<password>`,
 * `your_password`, `${DB_PASS}`, a default account's own name) still is not: notAPasswordReason.
 */
const MANAGED_DATABASE_DOMAINS = String.raw`mongodb\.net|mlab\.com|(?:rds|docdb|redshift|cache)\.amazonaws\.com(?:\.cn)?|compute-1\.amazonaws\.com|(?:postgres|mysql|mariadb)\.database\.azure\.com|database\.windows\.net|redis\.cache\.windows\.net|supabase\.(?:co|com)|neon\.tech|psdb\.cloud|upstash\.io|redislabs\.com|redis-cloud\.com|aivencloud\.com|elephantsql\.com|cockroachlabs\.cloud|render\.com|rlwy\.net|db\.ondigitalocean\.com|clever-cloud\.com|timescale\.com`;
const MANAGED_DATABASE_HOST = new RegExp(`\\.(?:${MANAGED_DATABASE_DOMAINS})$`, "i");
/** Such a host anywhere in a text: a client call's host or DSN argument. */
export const MANAGED_DATABASE_HOST_IN_TEXT = new RegExp(
  `[A-Za-z0-9-]\\.(?:${MANAGED_DATABASE_DOMAINS})(?![A-Za-z0-9.-])`,
  "i",
);

/**
 * The engine's placeholder checks, but for a password in the URI of a routable host: six or
 * more digits there are a password someone set (a date, a PIN), not a sample.
 */
function routablePasswordReason(secret: string, user: string | undefined): string | undefined {
  return engineSampleReason(secret, /^\d{6,}$/.test(secret)) ?? passwordPlaceholderReason(secret, user, true);
}

const localValidator: Validator = (secret, context) => {
  const kind = hostKind(context.groups.host ?? "");
  if (kind !== "local") return kind === "documentation" ? "a documentation host" : "a routable host";
  if (secret.length < MIN_URI_PASSWORD) return `a ${secret.length}-character password`;
  if (PLACEHOLDER_USERS.test(context.groups.user ?? "")) return "a placeholder user name";
  if (LOCAL_DEFAULTS.has(secret.toLowerCase())) return `the default password "${secret}" of a local setup`;
  return passwordPlaceholderReason(secret, context.groups.user) ?? true;
};

// ---------------------------------------------------------------------------------------------
// Example builders.

const pw = (label: string, length = 20) => randomChars("alnum", length, `uri-${label}`);

const dbPractices = [
  "read the connection URI from the environment or a secret manager; commit only a template without the password",
  "give each application its own database user with the least privileges it needs",
  "restrict network access to the database (private networks, allow-lists) so that a leaked password alone is not enough",
  "prefer short-lived credentials (IAM database authentication, Vault database secrets engine) where the platform offers them",
];

const dbAudit = (what: string) =>
  `Review ${what} for connections by the user from unknown addresses during the exposure window, and check the data for unexpected reads, exports or changes.`;

interface Family {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family?: string;
  readonly scheme: string;
  readonly keywords: readonly string[];
  readonly about: string;
  readonly revoke: string;
  readonly revokeUrl: string;
  readonly audit: string;
  readonly security?: readonly string[];
  readonly examples: readonly (() => string)[];
  readonly negatives: readonly (string | (() => string))[];
}

const FAMILIES: readonly Family[] = [
  {
    id: "postgresql-connection-uri",
    name: "PostgreSQL connection URI with password",
    vendor: "PostgreSQL",
    // postgis:// is the same URI for a PostGIS-enabled server, as GeoDjango and dj-database-url
    // write it; Amazon Redshift speaks PostgreSQL's protocol, and Airflow and SQLAlchemy write
    // its URIs as redshift:// and redshift+psycopg2://; Laravel and Doctrine name it pgsql://.
    scheme: String.raw`(?:post(?:gres(?:ql)?|gis)|pgsql|redshift)(?:\+[a-z0-9_]{1,20})?`,
    keywords: ["postgres", "postgis", "pgsql", "redshift"],
    about:
      "PostgreSQL is an open-source relational database, also offered as a managed service (Amazon RDS/Aurora, Cloud SQL, Azure Database, Supabase, Neon, Heroku Postgres). A postgres://, postgresql://, postgis://, pgsql:// (Laravel, Doctrine) or (Amazon Redshift) redshift:// URI (libpq, SQLAlchemy, Prisma, GeoDjango, Airflow, DATABASE_URL) carries the user's password.",
    revoke:
      "Connect as an administrator and set a new password: ALTER ROLE app_user WITH PASSWORD '<new>'; (managed services: the console's reset-password action, e.g. RDS > Modify > Master password, Supabase > Project Settings > Database > Reset database password). Then update DATABASE_URL wherever it is deployed.",
    revokeUrl: "https://www.postgresql.org/docs/current/sql-alterrole.html",
    audit: dbAudit(
      "the server log (log_connections) or pg_stat_activity history, or the provider's database logs,",
    ),
    examples: [
      () => `DATABASE_URL=postgresql://app:${pw("pg1")}@db.prod.acme-internal.net:5432/app`,
      () =>
        `AIRFLOW_CONN_REDSHIFT_DEFAULT='redshift://loader:${pw("pg-rs", 18)}@dw.c8xkq2mzf1ab.eu-west-1.redshift.amazonaws.com:5439/dev'`,
      () => `engine = create_engine("postgresql+psycopg2://report:${pw("pg2", 16)}@10.20.3.7/warehouse")`,
      () =>
        `  database_url: "postgresql://llmproxy:${pw("pg3", 14)}?@pg-main.prod.acme-internal.net:5432/litellm"`,
      () =>
        `  url: "postgres://svc_api:${pw("pg3", 24)}@my-cluster.abc123xyz.eu-west-1.rds.amazonaws.com:5432/api?sslmode=require"`,
      () => `DATABASE_URL=postgis://geo:${pw("pg4")}@gis-db.acme-internal.net:5432/maps`,
      // The host appended by code, or filled in by str.format.
      () => `conn = create_engine('postgresql://report:${pw("pg5", 12)}@' + HOST + ':5439/radiance')`,
      () => `url = "postgresql://app:${pw("pg6", 12)}@{host}:5432/app".format(host=host)`,
      // The host filled in at deploy time; the password is a literal all the same.
      () =>
        `  plaintext_value = "postgresql://app:${pw("pg5")}@\${azurerm_postgresql_flexible_server.main.fqdn}:5432/app"`,
    ],
    negatives: [
      "DATABASE_URL=postgresql://user:password@db.example.com:5432/app",
      "DATABASE_URL=postgres://${DB_USER}:${DB_PASS}@${DB_HOST}/app",
      "DATABASE_URL=postgres://postgres:postgres@${DB_HOST}/app",
      'url = f"postgresql://{user}:{password}@{host}/{db}"',
      "postgres://app:%s@db.prod.internal.net/app",
    ],
  },
  {
    id: "mysql-connection-uri",
    name: "MySQL / MariaDB connection URI with password",
    vendor: "MySQL",
    scheme: String.raw`(?:mysql|mariadb)x?(?:\+[a-z0-9_]{1,20})?`,
    keywords: ["mysql", "mariadb"],
    about:
      "MySQL and MariaDB are relational databases, also offered as managed services (Amazon RDS, Cloud SQL, Azure Database for MySQL, PlanetScale). A mysql:// or mariadb:// URI (SQLAlchemy, Prisma, Go and Node drivers, JDBC) carries the user's password.",
    revoke:
      "Connect as an administrator and run ALTER USER 'app'@'%' IDENTIFIED BY '<new>'; (managed services: the console's password reset, e.g. RDS > Modify > Master password, PlanetScale > Settings > Passwords > Delete). Then update the URI wherever it is deployed.",
    revokeUrl: "https://dev.mysql.com/doc/refman/8.0/en/alter-user.html",
    audit: dbAudit("the general or audit log (or the provider's database logs)"),
    examples: [
      () => `DATABASE_URL="mysql://shop:${pw("my1")}@mysql-primary.prod.shop-internal.com:3306/shop"`,
      () => `SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://etl:${pw("my2", 18)}@172.16.4.20/analytics'`,
      // A generated password pasted unencoded, "#" and all.
      () =>
        `DATABASE_URL=mysql://ops_app:${pw("my3", 8)}#nj=${pw("my3b", 6)}@mysql-prod.internal.shop-ops.com:3306/shop`,
    ],
    negatives: [
      "mysql://root:root@db.example.org/test",
      "mysql://user:<password>@db.prod.internal.net/app",
      "see mysql://db.prod.internal.net:3306?user=ops@acme.io for the console",
      "mysql://db.prod.internal.net:3306?next=/admin@console",
    ],
  },
  {
    id: "mongodb-connection-uri",
    name: "MongoDB connection URI with password",
    vendor: "MongoDB",
    scheme: String.raw`mongodb(?:\+srv)?`,
    keywords: ["mongodb"],
    about:
      "MongoDB is a document database, offered as a managed service by MongoDB Atlas. A mongodb:// or mongodb+srv:// connection string carries a database user's password.",
    revoke:
      "In MongoDB Atlas open Database Access, select the user and Edit > Edit Password (or delete the user); on a self-managed server run db.changeUserPassword('app', '<new>') as an administrator. Then update the connection string wherever it is deployed.",
    revokeUrl: "https://www.mongodb.com/docs/atlas/security-add-mongodb-users/",
    audit: dbAudit("Atlas's Project Activity Feed and database access history (or mongod logs)"),
    examples: [
      () =>
        `MONGO_URI=mongodb+srv://api:${pw("mg1")}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority`,
      () =>
        `mongoose.connect("mongodb://reporting:${pw("mg2", 16)}@mongo-1.internal.net:27017,mongo-2.internal.net:27017/app?replicaSet=rs0");`,
      // On a cloud cluster a numeric password, or one equal to a custom user name, is real.
      () =>
        `const uri = "mongodb+srv://shop:${randomChars("digits", 8, "uri-mg3")}@cluster0.qz7ab.mongodb.net/shop";`,
      () => {
        const user = `dev${randomChars("digits", 6, "uri-mg4")}`;
        return `MONGO_URL=mongodb+srv://${user}:${user}@cluster1.x9yzt.mongodb.net/app`;
      },
      // A weak password is still the password of a managed server on the internet.
      () =>
        `cluster = MongoClient("mongodb+srv://totals:${"7".repeat(4)}@cluster0.qz7ab.mongodb.net/totals")`,
      // So is a stock weak one (a sample's would be `<password>`), unless it repeats the user.
      () =>
        `MongooseModule.forRoot("mongodb+srv://admin:${["let", "me", "in"].join("")}@cluster0.qz7ab.mongodb.net/app")`,
      // However short, or made of words and digits a sample would use.
      () =>
        `new ConnectionString("mongodb+srv://Rafay:${randomChars("alnum", 3, "uri-mg5")}@project1.qg6zt.mongodb.net/");`,
      () =>
        `MONGO_URI = "mongodb+srv://admin:admin${randomChars("digits", 5, "uri-mg6")}@penthian.q1acf.mongodb.net/"`,
    ],
    negatives: [
      "MONGO_URI=mongodb+srv://<username>:<password>@cluster0.ab1cd.mongodb.net/",
      "mongodb://admin:admin@mongo.example.com:27017",
      "mongodb+srv://admin:admin@cluster0.qz7ab.mongodb.net/app",
      "mongodb+srv://app:your_password@cluster0.qz7ab.mongodb.net/app",
      "mongodb+srv://app:changeme@cluster0.qz7ab.mongodb.net/app",
      "mongodb+srv://app:${DB_PASSWORD}@cluster0.qz7ab.mongodb.net/app",
      "mongodb+srv://app:xxxx@cluster0.qz7ab.mongodb.net/app",
      "mongodb+srv://owner:pw@cluster0.qz7ab.mongodb.net/app",
      "mongodb+srv://app:123456@cluster0.example.mongodb.net/app",
      "mongodb+srv://app:123456@mongo.prod.internal.net/app",
    ],
  },
  {
    id: "redis-connection-uri",
    name: "Redis / Valkey connection URI with password",
    vendor: "Redis",
    scheme: String.raw`(?:rediss?|valkeys?)(?:\+sentinel)?`,
    keywords: ["redis", "valkey"],
    about:
      "Redis and Valkey are in-memory data stores used as caches, queues and session stores, also offered as managed services (Amazon ElastiCache, Azure Cache for Redis, Redis Cloud, Upstash). A redis:// or rediss:// URI carries the AUTH password (and, with ACLs, a user name).",
    revoke:
      "Change the password: with ACLs run ACL SETUSER <user> resetpass >'<new>' (and ACL SAVE), otherwise CONFIG SET requirepass '<new>' and update redis.conf; managed services rotate it in their console (ElastiCache: modify the auth token, Redis Cloud: the database's Security settings, Upstash: Reset password).",
    revokeUrl: "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/",
    audit: dbAudit("the server's ACL LOG and client list (or the provider's logs)"),
    examples: [
      () => `REDIS_URL=rediss://default:${pw("rd1", 32)}@eu1-famous-lark-38211.upstash.io:6379`,
      () => `cache: redis://:${pw("rd2", 24)}@10.0.5.12:6379/0`,
    ],
    negatives: ["REDIS_URL=redis://:password@redis.example.com:6379", "REDIS_URL=redis://localhost:6379/0"],
  },
  {
    id: "amqp-connection-uri",
    name: "AMQP (RabbitMQ) connection URI with password",
    vendor: "RabbitMQ",
    scheme: "amqps?",
    keywords: ["amqp"],
    about:
      "AMQP is the protocol of RabbitMQ and other message brokers, also offered as managed services (CloudAMQP, Amazon MQ). An amqp:// or amqps:// URI carries a broker user's password.",
    revoke:
      "Run rabbitmqctl change_password <user> '<new>' (or change it in the management UI under Admin > Users); for CloudAMQP or Amazon MQ rotate the password in the instance's console. Then update the URI wherever it is deployed.",
    revokeUrl: "https://www.rabbitmq.com/docs/access-control",
    audit: dbAudit("the broker's connection logs and management UI (Connections tab)"),
    security: [
      "An attacker can read messages from the broker's queues, which often carry personal data or commands.",
      "Publishing forged messages can trigger actions in every consumer of a queue.",
      "Deleting queues or flooding them disrupts the services built on the broker.",
    ],
    examples: [
      () => `AMQP_URL=amqps://orders:${pw("mq1")}@b-1234abcd.mq.eu-west-1.amazonaws.com:5671/prod`,
      () => `broker_url = "amqp://celery:${pw("mq2", 16)}@rabbit.prod.internal.net:5672//"`,
    ],
    negatives: [
      "amqp://guest:guest@rabbitmq.example.com:5672/",
      "AMQP_URL=amqp://user:pass@broker.prod.internal.net",
    ],
  },
  {
    id: "mssql-connection-uri",
    name: "SQL Server connection URI with password",
    vendor: "Microsoft SQL Server",
    scheme: String.raw`(?:mssql|sqlserver)(?:\+[a-z0-9_]{1,20})?`,
    keywords: ["mssql", "sqlserver"],
    about:
      "Microsoft SQL Server and Azure SQL Database are relational databases. mssql:// and sqlserver:// URIs (Node mssql, Go, SQLAlchemy, Prisma) carry a SQL login's password.",
    revoke:
      "Run ALTER LOGIN app WITH PASSWORD = '<new>'; as an administrator (Azure SQL: the same statement, or reset the server admin password in the Azure portal under the SQL server's Overview > Reset password). Prefer Microsoft Entra authentication to SQL logins. Then update the URI wherever it is deployed.",
    revokeUrl: "https://learn.microsoft.com/en-us/sql/t-sql/statements/alter-login-transact-sql",
    audit: dbAudit("SQL Server audit / login auditing (or Azure SQL auditing logs)"),
    examples: [
      () => `DATABASE_URL=sqlserver://sa:${pw("ms1")}@sql01.corp.contoso-internal.com:1433?database=erp`,
      () =>
        `const pool = new sql.ConnectionPool("mssql://report:${pw("ms2", 18)}@myserver.database.windows.net/reports");`,
    ],
    negatives: ["sqlserver://sa:<YourStrong!Passw0rd>@sql.example.com:1433"],
  },
  {
    id: "oracle-connection-uri",
    name: "Oracle Database connection URI with password",
    vendor: "Oracle",
    scheme: String.raw`oracle(?:\+[a-z0-9_]{1,20})?`,
    keywords: ["oracle"],
    about:
      "Oracle Database is a relational database, also offered as Autonomous Database on Oracle Cloud. oracle:// URIs (SQLAlchemy, Node and Go drivers) carry a database user's password.",
    revoke:
      'Run ALTER USER app IDENTIFIED BY "<new>"; as an administrator (Autonomous Database: Database actions > Database Users, or the console\'s admin password reset). Then update the URI wherever it is deployed.',
    revokeUrl: "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-USER.html",
    audit: dbAudit("unified audit trail (UNIFIED_AUDIT_TRAIL) logon records"),
    examples: [
      () =>
        `ORACLE_URL=oracle+oracledb://hr:${pw("or1")}@ora-prod.corp-internal.net:1521/?service_name=ORCLPDB1`,
      () => `dsn: "oracle://billing:${pw("or2", 16)}@10.8.0.15:1521/BILLING"`,
    ],
    negatives: [
      "oracle://scott:tiger@db.example.com:1521/orcl",
      "oracle://user:{password}@ora.prod.internal.net/xe",
    ],
  },
  {
    id: "clickhouse-connection-uri",
    name: "ClickHouse connection URI with password",
    vendor: "ClickHouse",
    scheme: String.raw`clickhouse(?:\+[a-z0-9_]{1,20})?`,
    keywords: ["clickhouse"],
    about:
      "ClickHouse is a column-oriented analytics database, offered as ClickHouse Cloud. clickhouse:// URIs (clickhouse-go, SQLAlchemy, JDBC-style drivers) carry a user's password.",
    revoke:
      "Run ALTER USER app IDENTIFIED BY '<new>'; (ClickHouse Cloud: the service's Settings > Reset password for the default user, or SQL for other users). Then update the URI wherever it is deployed.",
    revokeUrl: "https://clickhouse.com/docs/en/sql-reference/statements/alter/user",
    audit: dbAudit("system.query_log and system.session_log"),
    examples: [
      () =>
        `CLICKHOUSE_URL=clickhouse://analytics:${pw("ch1")}@abc123.eu-central-1.aws.clickhouse.cloud:9440/default?secure=true`,
      () => `  dsn: "clickhouse+native://etl:${pw("ch2", 16)}@ch-01.data.internal.net:9000/events"`,
    ],
    negatives: ["clickhouse://default:@clickhouse.example.com:9000"],
  },
  {
    id: "cassandra-connection-uri",
    name: "Cassandra connection URI with password",
    vendor: "Apache Cassandra",
    scheme: "cassandra",
    keywords: ["cassandra"],
    about:
      "Apache Cassandra is a distributed wide-column database (also ScyllaDB, DataStax Astra, Amazon Keyspaces). cassandra:// URIs used by drivers and tools carry a role's password.",
    revoke:
      "Run ALTER ROLE app WITH PASSWORD = '<new>'; with a superuser in cqlsh (Astra: revoke the application token in the organization's Token Management page; Amazon Keyspaces: reset the service-specific credential in IAM). Then update the URI wherever it is deployed.",
    revokeUrl: "https://cassandra.apache.org/doc/latest/cassandra/developing/cql/security.html",
    audit: dbAudit("the audit log (nodetool enableauditlog) or the provider's logs"),
    examples: [
      () => `CASSANDRA_URL=cassandra://svc:${pw("ca1")}@cass-1.prod.internal.net:9042/orders`,
      () => `uri: cassandra://events:${pw("ca2", 16)}@10.1.2.3:9042`,
    ],
    negatives: ["cassandra://cassandra:cassandra@cassandra.example.com:9042"],
  },
  {
    id: "ldap-connection-uri",
    name: "LDAP URI with bind password",
    vendor: "LDAP",
    scheme: "ldaps?",
    keywords: ["ldap"],
    about:
      "LDAP directories (OpenLDAP, Active Directory, FreeIPA) hold users, groups and often password hashes. An ldap:// or ldaps:// URI with user:password carries a bind account's password, frequently a service account with wide read rights.",
    revoke:
      "Reset the bind account's password in the directory (Active Directory Users and Computers > Reset Password, or ldappasswd -S for OpenLDAP) and update every service that binds with it.",
    revokeUrl: "https://www.openldap.org/software/man.cgi?query=ldappasswd",
    audit: dbAudit(
      "the directory's bind and search logs (Active Directory security event 4624, OpenLDAP access log)",
    ),
    security: [
      "An attacker can query the directory: every user, group, e-mail address and often attributes that help phishing and lateral movement.",
      "A privileged bind account can change group membership or passwords.",
    ],
    examples: [
      () => `LDAP_URL=ldaps://svc-ldap:${pw("ld1")}@dc01.corp.acme-internal.com:636`,
      () => `auth_ldap_url: "ldap://readonly:${pw("ld2", 16)}@10.4.0.10:389/dc=corp,dc=internal"`,
    ],
    negatives: ["ldap://cn=admin:admin@ldap.example.org"],
  },
  {
    id: "ftp-connection-uri",
    name: "FTP / SFTP URI with password",
    vendor: "FTP",
    scheme: "s?ftps?",
    keywords: ["ftp"],
    about:
      "FTP, FTPS and SFTP servers transfer files; ftp://, ftps:// and sftp:// URIs with user:password are common in deployment scripts, backup jobs and CI files.",
    revoke:
      "Change the account's password on the server (passwd for SFTP system users, the hosting panel's FTP accounts page for hosted FTP) and update the scripts that use it; prefer SFTP with keys.",
    revokeUrl: "https://datatracker.ietf.org/doc/html/rfc1738#section-3.2",
    audit: dbAudit("the server's transfer and authentication logs (xferlog, auth.log)"),
    security: [
      "An attacker can download, replace or delete the files on the server, including deployed web content.",
      "Plain FTP sends the password unencrypted, so it may already have been captured on the network.",
    ],
    examples: [
      () => `lftp -e "mirror -R dist /www" ftp://deploy:${pw("ft1")}@ftp.shop-hosting.net`,
      () => `BACKUP_TARGET=sftp://backup:${pw("ft2", 16)}@192.168.10.5:22/srv/backups`,
    ],
    negatives: [
      "ftp://anonymous:anonymous@ftp.example.com/pub",
      "sftp://user:${FTP_PASS}@files.prod.internal.net",
    ],
  },
  {
    id: "smtp-connection-uri",
    name: "SMTP URI with password",
    vendor: "SMTP",
    scheme: "smtps?",
    keywords: ["smtp"],
    about:
      "SMTP servers relay e-mail. smtp:// and smtps:// URIs (Nodemailer, Django EMAIL_URL, Symfony MAILER_DSN) carry the mailbox or relay password, often of a company mailbox or an e-mail provider account (SES, Mailgun, SendGrid, Postmark, Gmail app passwords).",
    revoke:
      "Change the mailbox password or delete the SMTP credential at the provider (Google Account > Security > App passwords; Amazon SES > SMTP settings > the IAM user's credentials; Mailgun > Sending > Domain settings > SMTP credentials), then update the URI.",
    revokeUrl: "https://nodemailer.com/smtp/",
    audit: dbAudit("the provider's sending logs"),
    security: [
      "An attacker can send e-mail as your domain: phishing that passes SPF and DKIM, or spam that ruins the domain's reputation.",
      "With a mailbox password, the mailbox itself (IMAP) can often be read too.",
    ],
    examples: [
      () => `MAILER_DSN=smtp://alerts%40acme-corp.com:${pw("sm1", 16)}@smtp.office365.com:587`,
      () => `EMAIL_URL="smtps://notifications%40acme-corp.com:${pw("sm2", 16)}@smtp.gmail.com:465"`,
    ],
    negatives: [
      "smtp://user:password@smtp.example.com:587",
      "smtp://${SMTP_USER}:${SMTP_PASS}@smtp.mailgun.org:587",
    ],
  },
  {
    id: "mqtt-connection-uri",
    name: "MQTT broker URI with password",
    vendor: "MQTT",
    scheme: "(?:mqtts?|wss)",
    keywords: ["mqtt", "wss"],
    about:
      "MQTT brokers (Mosquitto, EMQX, HiveMQ, AWS IoT's custom authorizers) carry the messages of IoT devices and home automation. An mqtt://, mqtts:// or WebSocket ws(s):// URI with user:password before the host (MQTT.js, paho, ESP-IDF's CONFIG_BROKER_URL) signs in to the broker.",
    revoke:
      "Change the user's password on the broker (`mosquitto_passwd -b <file> <user> <new>` and reload, or the broker's console), then update every client that uses it.",
    revokeUrl: "https://mosquitto.org/man/mosquitto_passwd-1.html",
    audit: dbAudit("the broker's log"),
    security: [
      "Anyone who can reach the broker reads every topic the user may read (sensor data, presence, camera events) and publishes commands: switches, locks, garage doors.",
    ],
    examples: [
      () =>
        `export const client = () => mqtt.connect('wss://kiosk:${pw("mq1", 16)}@mqtt.home.arpa:8884/mqtt');`,
      () => `CONFIG_BROKER_URL="mqtts://door-sensor:${pw("mq2", 14)}@mqtt.acme-iot.net:8883"`,
    ],
    negatives: [
      "mqtt://user:password@broker.example.com:1883",
      "mqtts://${MQTT_USER}:${MQTT_PASS}@broker.hivemq.cloud:8883",
    ],
  },
  {
    id: "rtsp-camera-uri",
    name: "RTSP camera stream URI with password",
    vendor: "RTSP",
    scheme: "rtsps?",
    keywords: ["rtsp"],
    about:
      "IP cameras and NVRs (Hikvision, Dahua, Reolink, Axis, UniFi) stream video over RTSP. An rtsp:// URI with user:password before the host, as Frigate, Home Assistant, go2rtc, ffmpeg and VLC take it, signs in to the camera, often as its admin.",
    revoke:
      "Change the camera's or NVR's password in its web interface (and the admin's if the URI used it), give the stream a viewer-only account, and update the recorders that pull it.",
    revokeUrl: "https://datatracker.ietf.org/doc/html/rfc7826",
    audit: dbAudit("the camera's or NVR's log"),
    security: [
      "Anyone who reaches the camera watches and records its stream.",
      "Camera admin accounts change settings, turn recording off and often run firmware with known flaws: a foothold in the network.",
    ],
    examples: [
      () => `      - path: rtsp://admin:${pw("rt1", 14)}@192.168.20.13:554/Streaming/Channels/101`,
      () => `driveway_rtsp: rtsp://viewer:${pw("rt2", 16)}@cam-driveway.home.arpa:554/h264Preview_01_main`,
    ],
    negatives: [
      "rtsp://admin:admin@192.168.1.64:554/stream1",
      "rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.0.0.5:554/live",
    ],
  },
  {
    id: "rtmp-publish-uri",
    name: "RTMP publishing URI with password",
    vendor: "RTMP",
    scheme: "rtmp[set]?",
    keywords: ["rtmp"],
    about:
      "Streaming servers (Wowza Streaming Engine, Nimble, Red5, nginx-rtmp with an auth module, Ant Media) take live video over RTMP. An rtmp:// URI with user:password before the host, as OBS, ffmpeg and encoders are given it, signs in as a publisher of the server's applications.",
    revoke:
      "Change the publisher's password on the streaming server (Wowza: conf/publish.password or the manager's Source Security), and update the encoders and OBS profiles that use it.",
    revokeUrl:
      "https://www.wowza.com/docs/how-to-enable-username-password-authentication-for-rtmp-and-rtsp-publishing",
    audit: dbAudit("the streaming server's access log"),
    security: [
      "Anyone with the URI publishes to the server's live applications: a stream of their own under your channel's name, or an interrupted broadcast.",
    ],
    examples: [
      () => `rtmp://caster-main:${pw("rm1", 16)}@origin.forgecast-media.tv:1935/live/tournament`,
      () =>
        `ffmpeg -re -i feed.mp4 -c copy -f flv "rtmps://encoder:${pw("rm2", 18)}@ingest.northwind-live.net:443/app/main"`,
    ],
    negatives: ["rtmp://user:password@live.example.com/app", "rtmp://$RTMP_USER:$RTMP_PASS@origin:1935/live"],
  },
  {
    id: "http-basic-auth-uri",
    name: "HTTP(S) URL with user and password",
    vendor: "HTTP",
    scheme: "https?",
    keywords: ["http"],
    about:
      "An http:// or https:// URL with user:password before the host sends HTTP basic authentication: Git remotes with a token, package registry URLs, webhook and proxy URLs, Elasticsearch or Jenkins endpoints.",
    revoke:
      "Change the account's password or delete the token used as password in the service the URL points to (for a Git host: its personal access token settings; for a package registry: its access tokens page), then update the URL (for Git: git remote set-url, and remove the entry from ~/.git-credentials).",
    revokeUrl: "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1",
    audit: dbAudit("the service's access logs"),
    security: [
      "An attacker can use the service as that user: push or pull code, publish packages, read indices or trigger builds.",
      "URLs are logged by proxies, CI output and browsers, spreading the password further.",
    ],
    examples: [
      () => `git remote add origin https://ci-bot:${pw("ht1", 24)}@git.acme-corp.net/platform/api.git`,
      () => `ELASTICSEARCH_URL=https://elastic:${pw("ht2", 20)}@search-prod.es.eu-west-1.aws.found.io:9243`,
      () => `proxy = "http://svc-proxy:${pw("ht3", 14)}@10.10.1.1:3128"`,
    ],
    negatives: [
      "https://user:pass@www.example.com/path",
      "https://username:password@proxy.corp.net:8080",
      "https://x-access-token:${{ secrets.GITHUB_TOKEN }}@github.com/org/repo.git",
      "https://oauth2:$CI_JOB_TOKEN@gitlab.com/group/project.git",
    ],
  },
];

/**
 * At a scheme keyword: the rest of the scheme, `://`, and an `@` before the authority ends.
 * Nearly every URL in code has no user:password, so its hit (95,000 `http` in the 400 MB
 * benchmark corpus) is dropped here without decoding a window.
 */
const AUTHORITY_WITH_USER = /[a-z0-9_+]{0,30}:\/\/[^\s/"'\x60<>\\]{0,520}@/i;

const familyDetector = (f: Family): Detector => ({
  id: f.id,
  name: f.name,
  vendor: f.vendor,
  family: f.family ?? "Connection String",
  severity: "high",
  confidence: "medium",
  description: `${f.about} The URI points at a routable host, so the password works for anyone who can reach it.`,
  security: f.security ?? [
    "An attacker who can reach the server reads, changes or deletes the data the user has access to.",
    "Database users of applications often hold broad rights (all tables, DDL), and the same password is often reused across environments.",
    "Connection URIs end up in logs, error reports and process lists, spreading the password further.",
  ],
  mitigation: { revoke: f.revoke, revokeUrl: f.revokeUrl, audit: f.audit, bestPractices: dbPractices },
  keywords: f.keywords,
  keywordGate: AUTHORITY_WITH_USER,
  pattern: uri(f.scheme),
  // remoteValidator runs the placeholder checks itself, keeping numeric passwords.
  skipPlaceholderCheck: true,
  validate: remoteValidator,
  examples: f.examples,
  negatives: f.negatives,
  references: [f.revokeUrl],
});

const ALL_SCHEMES = FAMILIES.map((f) => f.scheme).join("|");

// ---------------------------------------------------------------------------------------------
// JDBC and key/value connection strings.

/** `jdbc:<driver>:` before the value in the same token, and a password= parameter or Oracle's user/password@. */
const jdbcValidator: Validator = (secret, context) => {
  const secretStart = context.window.indexOf(secret, context.index);
  const before = context.window.slice(Math.max(0, secretStart - 400), secretStart);
  const url = /jdbc:[a-z0-9]{2,20}:[^\s"'\x60<>]*$/i.exec(before);
  if (!url) return "not part of a JDBC URL";
  if (/jdbc:oracle:thin:[A-Za-z0-9_$#]{1,30}\/$/i.test(before)) {
    if (context.window[secretStart + secret.length] !== "@") return "not user/password@host";
    if (/^tiger$/i.test(secret)) return 'the Oracle demo password "tiger"';
  } else if (!/[;?&:](?:password|pwd)=$/i.test(before)) {
    return "not a password= parameter";
  }
  const host = /\/\/\[?([A-Za-z0-9.:_-]+?)\]?(?:[:/;?]|$)|@\/{0,2}([A-Za-z0-9._-]+)/.exec(
    context.window.slice(url.index + Math.max(0, secretStart - 400), secretStart + secret.length + 200),
  );
  const hostName = host?.[1] ?? host?.[2];
  if (hostName !== undefined && hostKind(hostName) === "documentation") return "a documentation host";
  if (hostName !== undefined && namedServer(hostName))
    return namedServerPasswordReason(secret, undefined) ?? true;
  return engineSampleReason(secret) ?? passwordPlaceholderReason(secret) ?? true;
};

/** Keys that make a key=value string a database connection string (ADO.NET, ODBC, libpq). */
const CONNECTION_KEYS =
  /(?:^|[;"'\s])(?:server|data source|datasource|host|hostname|hostaddr|address|addr|network address|initial catalog|database|dbname|user id|userid|uid|username|driver|dsn|port|provider|persist security info|integrated security|trusted_connection)\s{0,3}=/i;

/** The server of a key=value connection string: its address or name, up to the next key. */
const SERVER_KEY =
  /(?:^|[;"'\s])(?:server|data source|datasource|host|hostname|hostaddr|address|addr|network address)\s{0,3}=\s{0,3}(?:tcp:)?([^;"'\s,]{1,255})/i;
/** Names that stand for this machine to SQL Server's clients: `.`, `(local)`, `(localdb)\v11.0`. */
const SQL_SERVER_LOCAL = /^(?:\.|\(local\)|\(localdb\))(?:\\|$)/i;
/** `myServerName`, `SERVERNAME`, `server_ip`: words for what goes there. */
const PLACEHOLDER_SERVER =
  /^(?:my|your|the)?[-_ ]?(?:sql[-_ ]?)?(?:server|host|instance|machine|computer|pc|db|database)[-_ ]?(?:name|address|addr|ip|here)?$/i;
/** Service names of a compose network or a local install's defaults: the server is this setup's own. */
const SERVICE_NAMES =
  /^(?:db|database|sql|sqlserver|mssql|mysql|mariadb|postgres|postgresql|pg|oracle|orcl|xe|redis|mongo|mongodb|server|host|hostname)$/i;

/**
 * Whether `server` (a host, with a SQL Server instance after `\\`) names a server other than this
 * machine: an address, a domain name, or a machine on the network (`DESKTOP-4F2K9PQ`,
 * `SRV-ERP\\SQLEXPRESS`), not a local name, a compose service, a template, a documentation host
 * or placeholder words (`myServerAddress`). A password written for such a server is one it
 * takes, however weak (`sa` / `1234`): reported, as for a managed database's host.
 */
function namedServer(server: string): boolean {
  if (SQL_SERVER_LOCAL.test(server)) return false;
  const host = server.replace(/\\.*$/, "");
  if (host.length < 2 || LOOPBACK.test(host) || SERVICE_NAMES.test(host) || /[{}$%<>]/.test(host))
    return false;
  if (placeholderWordReason(host) !== undefined || placeholderValueReason(host) !== undefined) return false;
  // SQLEXPRESS and MSSQLSERVER are the real default instances; `myInstanceName` is not.
  if (PLACEHOLDER_SERVER.test(host) || /\\(?:my|your)?instance/i.test(server)) return false;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.includes(".")) return hostKind(host) === "remote";
  // A single label: a machine's name when Windows gave it (`DESKTOP-`, digits) or an instance
  // follows it; a lower-case word is a compose service or an alias more often.
  return server.includes("\\") || (/^[A-Z0-9-]{2,63}$/.test(host) && /[0-9-]/.test(host));
}

/**
 * The engine's own checks (placeholder, entropy floor), for detectors that skip them to let a
 * named server's weak password through and run them here for every other host;
 * `skipPlaceholder` for a value the caller already knows to be no sample (six digits or more).
 */
function engineSampleReason(secret: string, skipPlaceholder = false): string | undefined {
  const placeholder = skipPlaceholder ? undefined : placeholderReason(secret);
  if (placeholder !== undefined) return placeholder;
  const entropy = shannonEntropy(secret);
  const floor = defaultMinEntropy(secret.length);
  return entropy < floor ? `entropy ${entropy.toFixed(2)} below ${floor}` : undefined;
}

/** Why a password written for a named server (see `namedServer`) is none at all, or `undefined`. */
function namedServerPasswordReason(password: string, user: string | undefined): string | undefined {
  if (password.length < 2) return "a 1-character password";
  return placeholderWordReason(password) ?? notAPasswordReason(password, user);
}

const connectionStringValidator: Validator = (secret, context) => {
  const lineStart = context.window.lastIndexOf("\n", context.index) + 1;
  let lineEnd = context.window.indexOf("\n", context.index);
  if (lineEnd === -1) lineEnd = context.window.length;
  const before = context.window.slice(Math.max(lineStart, context.index - 400), context.index);
  const after = context.window.slice(context.index, Math.min(lineEnd, context.index + 400));
  const prev = before[before.length - 1] ?? "";
  if (before.length > 0 && !/[;"'\s{]/.test(prev)) return "part of a longer key name";
  // Keys around the password in the same string: "Server=x;...;Password=" or "Password=...;Server=".
  const keysBefore = (before.match(new RegExp(CONNECTION_KEYS.source, "gi")) ?? []).length;
  const keysAfter = (after.match(new RegExp(CONNECTION_KEYS.source, "gi")) ?? []).length;
  if (keysBefore + keysAfter < 2) return "no connection-string keys (server, database, user id...) around it";
  // `hostname = userid = password = ssl = None` (kombu): in a connection string a value is never
  // followed by `=`; in code, a chained assignment's names are.
  const secretEnd = context.window.indexOf(secret, context.index) + secret.length;
  if (/^[ \t]*=/.test(context.window.slice(secretEnd, secretEnd + 8))) return "a chained assignment in code";
  if (/AccountKey\s*=|SharedAccessKey\s*=/i.test(before + after))
    return "an Azure storage or service bus string";
  if (/jdbc:[^\s"'\x60<>]*$/i.test(before)) return "a JDBC URL (reported by jdbc-connection-password)";
  // {0}, {3}: a slot of str.format or String.Format, not an ODBC-braced password.
  if (/^\{\d{0,2}\}$/.test(secret)) return "a format slot";
  const value = secret.replace(/^[{'"]|[}'"]$/g, "");
  const server = SERVER_KEY.exec(before + after)?.[1];
  if (server !== undefined && namedServer(server)) {
    const user = /(?:^|[;"'\s])(?:user id|userid|uid|username|user)\s{0,3}=\s{0,3}([^;"'\s]{1,64})/i.exec(
      before + after,
    )?.[1];
    return namedServerPasswordReason(value, user) ?? true;
  }
  // `User ID=u;Password=p`: as in a URI, a password this short is a sample.
  if (value.length < MIN_URI_PASSWORD) return `a ${value.length}-character password`;
  // Six or more digits beside a server and a user are a password someone set (a date, a PIN).
  const placeholder = /^\d{6,}$/.test(value) ? undefined : placeholderReason(value);
  return placeholder ?? passwordPlaceholderReason(value) ?? true;
};

/** Go's MySQL driver DSN: the host (or socket) in tcp(...) or unix(...), by kind. */
const goDsnValidator: Validator = (secret, context) => {
  const host = (context.groups.host ?? context.groups.address ?? "localhost").replace(/:\d{1,5}$/, "");
  const kind = hostKind(host);
  if (kind === "documentation") return "a documentation host";
  if (PLACEHOLDER_USERS.test(context.groups.user ?? "")) return "a placeholder user name";
  if (namedServer(host)) return namedServerPasswordReason(secret, context.groups.user) ?? true;
  if (secret.length < MIN_URI_PASSWORD) return `a ${secret.length}-character password`;
  if (kind === "local" && LOCAL_DEFAULTS.has(secret.toLowerCase()))
    return `the default password "${secret}" of a local setup`;
  return engineSampleReason(secret) ?? passwordPlaceholderReason(secret, context.groups.user) ?? true;
};

export const detectors: Detector[] = [
  ...FAMILIES.map(familyDetector),
  {
    id: "mysql-go-dsn-password",
    name: "MySQL DSN of Go's driver with password",
    vendor: "MySQL",
    family: "Connection String",
    severity: "high",
    confidence: "medium",
    description:
      "The data source name of Go's MySQL driver (github.com/go-sql-driver/mysql), user:password@tcp(host:port)/database or user:password@unix(/socket)/database, as passed to sql.Open(\"mysql\", ...) and written in Go services' configuration; in sql.Open the protocol and the address may be left out (user:password@(host:port)/database, user:password@/database for the local server). It has no scheme, so the URI detectors do not see it.",
    security: [
      "Whoever reads the DSN can connect to the database as its user, with that user's grants.",
      "The same DSN is usually in every environment's configuration, development values included.",
    ],
    mitigation: {
      revoke:
        "Connect as an administrator and run ALTER USER 'app'@'%' IDENTIFIED BY '<new>'; (managed services: the console's password reset). Then build the DSN at run time from the environment (mysql.Config{User: ..., Passwd: os.Getenv(\"DB_PASSWORD\")}.FormatDSN()).",
      revokeUrl: "https://github.com/go-sql-driver/mysql#dsn-data-source-name",
      audit: dbAudit("the general or audit log (or the provider's database logs)"),
      bestPractices: dbPractices,
    },
    keywords: ["@tcp(", "@unix(", "sql.open("],
    // The forms without a protocol only as sql.Open's argument: elsewhere `user:x@/` and
    // `@(` are not DSNs. The driver splits at the last `@`, so a password may hold one.
    pattern:
      /(?<![^\s"'\x60=:])(?<user>[A-Za-z0-9_.-]{1,64}):(?<secret>[^\s"'\x60\\]{1,128}?)@(?:(?:tcp|unix)\((?<host>[^\s()"'\x60]{1,255})\)|(?<=sql\.Open\([ \t]{0,3}"mysql"[ \t]{0,3},[ \t]{0,3}"[^"\n]{1,200})(?:\((?<address>[^\s()"'\x60]{1,255})\))?\/)/,
    // The engine's placeholder checks run in the validator, which lets a named server's weak password through.
    skipPlaceholderCheck: true,
    validate: goDsnValidator,
    examples: [
      () =>
        `db, err := sql.Open("mysql", "orders:${pw("go1", 16)}@tcp(orders-db.prod.internal.net:3306)/orders?parseTime=true")`,
      () => `dsn: "app:${pw("go2", 14)}@tcp(127.0.0.1:3306)/app"`,
      () => `db, err = sql.Open("mysql", "root:${pw("go3", 12)}@(127.0.0.1:3333)/mydb?parseTime=true")`,
      () => `db, err := sql.Open("mysql", "root:${pw("go4", 10)}@/cursogo")`,
      () => `db, err := sql.Open("mysql", "root:${pw("go5", 10)}@@tcp(localhost:3306)/crm")`,
      // A server named by address takes a weak password as well as any.
      () =>
        `db, err := sql.Open("mysql", "root:${randomChars("digits", 6, "go6")}@tcp(10.24.14.${randomChars("digits", 2, "go7")}:3306)/dev")`,
    ],
    negatives: [
      'sql.Open("mysql", "root:root@tcp(127.0.0.1:3306)/test")',
      'sql.Open("mysql", "user:password@tcp(localhost:3306)/dbname")',
      'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)',
      'sql.Open("mysql", "app:${DB_PASSWORD}@tcp(db:3306)/app")',
      'sql.Open("mysql", "root:password@/test")',
      'sql.Open("mysql", "root:123456@tcp(localhost:3306)/test")',
      'fetch("user:secret@/path") // not a DSN',
    ],
    references: ["https://github.com/go-sql-driver/mysql#dsn-data-source-name"],
  },
  {
    id: "local-connection-uri",
    name: "Connection URI with password for a local or container host",
    vendor: "Various",
    family: "Connection String",
    severity: "low",
    confidence: "medium",
    description:
      "A database, broker or service URI with user:password whose host is the local machine (localhost, 127.0.0.1, ::1, host.docker.internal) or a single-label container-network name (db, postgres, redis). The password only works from that machine or network and is usually a development value, but passwords chosen for development are often reused in staging and production. Well-known defaults (postgres:postgres, guest:guest) are not reported.",
    security: [
      "Anyone with access to the same machine or container network can use the password.",
      "If the same password is reused for a shared or production environment, it opens that environment too.",
    ],
    mitigation: {
      revoke:
        "If the password is used anywhere beyond a disposable local setup, change it there (ALTER ROLE / ALTER USER, the broker's change_password, the service's settings). For development stacks, move it into an untracked .env file and commit a .env.example without it.",
      revokeUrl: "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
      audit: "Check whether the same password is used by any shared, staging or production system.",
      bestPractices: [
        "keep development credentials in an untracked .env file read by docker compose",
        "never reuse development passwords in shared environments",
      ],
    },
    keywords: FAMILIES.flatMap((f) => f.keywords),
    keywordGate: AUTHORITY_WITH_USER,
    pattern: uri(ALL_SCHEMES),
    validate: localValidator,
    examples: [
      () => `DATABASE_URL=postgresql://app:${pw("lo1", 16)}@localhost:5432/app_dev`,
      () => `      - REDIS_URL=redis://:${pw("lo2", 20)}@redis:6379/0`,
    ],
    negatives: [
      "DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app",
      "AMQP_URL=amqp://guest:guest@localhost:5672/",
      "mysql://root:root@127.0.0.1:3306/test",
    ],
    references: ["https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1"],
  },
  {
    id: "jdbc-connection-password",
    name: "JDBC URL with password",
    vendor: "JDBC",
    family: "Connection String",
    severity: "high",
    confidence: "medium",
    description:
      "A Java Database Connectivity URL that carries a password: jdbc:postgresql://host/db?user=app&password=..., jdbc:sqlserver://host;user=sa;password=..., jdbc:mysql://host/db?password=..., or Oracle's thin form jdbc:oracle:thin:user/password@host. Found in Spring and Hibernate configuration, Flyway and Liquibase files and build scripts.",
    security: [
      "An attacker who can reach the database reads or changes the data the user has access to.",
      "Application database users often hold DDL rights, and the URL is often copied between environments.",
    ],
    mitigation: {
      revoke:
        "Change the database user's password on the server (PostgreSQL: ALTER ROLE; MySQL: ALTER USER ... IDENTIFIED BY; SQL Server: ALTER LOGIN ... WITH PASSWORD; Oracle: ALTER USER ... IDENTIFIED BY), then pass the password separately (spring.datasource.password from the environment or a secret store) instead of inside the URL.",
      revokeUrl:
        "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.configuration",
      audit: dbAudit("the database's login audit"),
      bestPractices: dbPractices,
    },
    keywords: ["jdbc:"],
    pattern:
      /(?:(?:password|pwd)(?<![A-Za-z0-9_](?:password|pwd))=|\/(?<=jdbc:oracle:thin:[A-Za-z0-9_$#]{1,30}\/))(?<secret>[^\s;&"'\x60<>@]{1,128})(?=[;&\s"'\x60<>@]|$)/i,
    // The engine's placeholder checks run in the validator, which lets a named server's weak password through.
    skipPlaceholderCheck: true,
    validate: jdbcValidator,
    examples: [
      () =>
        `spring.datasource.url=jdbc:postgresql://pg-prod.corp-internal.net:5432/orders?user=orders&password=${pw("jd1")}&ssl=true`,
      () =>
        `<property name="url" value="jdbc:sqlserver://sql01.corp-internal.net:1433;databaseName=erp;user=erp_app;password=${pw("jd2", 16)};encrypt=true"/>`,
      () => `flyway.url=jdbc:mysql://10.2.0.8:3306/shop?password=${pw("jd3", 18)}&user=flyway`,
      () =>
        `String url = "jdbc:mysql://10.1.4.${randomChars("digits", 2, "jd4")}:3306/studies?user=root&password=${randomChars("digits", 8, "jd5")}";`,
    ],
    negatives: [
      "jdbc:postgresql://localhost:5432/db?user=app&password=${DB_PASSWORD}",
      "jdbc:mysql://db.example.com/shop?user=root&password=password",
      "jdbc:oracle:thin:scott/tiger@localhost:1521:orcl",
      "jdbc:mysql://localhost:3306/shop?user=root&password=1234",
    ],
    references: ["https://jdbc.postgresql.org/documentation/use/#connection-parameters"],
  },
  {
    id: "connection-string-password",
    name: "ADO.NET / ODBC / libpq connection string with password",
    vendor: "Database connection string",
    family: "Connection String",
    severity: "high",
    confidence: "medium",
    description:
      "A key=value database connection string with a Password= or Pwd= key: ADO.NET (Server=...;Database=...;User Id=...;Password=...), ODBC (Driver={...};Server=...;Uid=...;Pwd=...) or libpq (host=... dbname=... user=... password=...). Found in appsettings.json, web.config, .env files and code. Azure Storage and Service Bus strings (AccountKey=) are reported by their own detectors.",
    security: [
      "An attacker who can reach the server reads or changes the data the login has access to.",
      "SQL Server logins in connection strings are often sa or db_owner.",
    ],
    mitigation: {
      revoke:
        "Change the login's password on the server (SQL Server/Azure SQL: ALTER LOGIN ... WITH PASSWORD; PostgreSQL: ALTER ROLE ... PASSWORD; MySQL: ALTER USER ... IDENTIFIED BY). In .NET, move the connection string to user secrets, environment variables or Azure Key Vault, or use Microsoft Entra / managed identity authentication so that no password is needed.",
      revokeUrl: "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
      audit: dbAudit("the database's login audit"),
      bestPractices: [
        ...dbPractices,
        "in Azure, use managed identities (Authentication=Active Directory Managed Identity) instead of SQL logins",
      ],
    },
    keywords: ["password", "pwd"],
    pattern:
      /(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}(?<secret>\{[^}\r\n]{1,128}\}|'[^'\r\n]{1,128}'|[^;"'\x60\s<>{}]{1,128})(?=[;"'\x60\s<>]|$)/i,
    // The engine's placeholder checks run in the validator, which lets a number through.
    skipPlaceholderCheck: true,
    validate: connectionStringValidator,
    examples: [
      () =>
        `"DefaultConnection": "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=shop;User ID=shop_app;Password=${pw("cs1")};Encrypt=True;"`,
      () =>
        `conn = pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=10.3.0.4;Database=erp;Uid=erp;Pwd=${pw("cs2", 16)};")`,
      () =>
        `DSN="host=pg.prod.internal.net port=5432 dbname=app user=app password=${pw("cs3", 18)} sslmode=require"`,
      // A server named by address or machine name takes a weak password as well as any.
      () =>
        `new SqlConnection(@"Data Source=10.20.5.${randomChars("digits", 2, "cs4")}\\sql;Initial Catalog=erp;User ID=sa;Password=${randomChars("digits", 6, "cs5")};");`,
      () =>
        `return "Data Source=DESKTOP-${randomChars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7, "cs6")};Initial Catalog=shop;User ID=sa;Password=${randomChars("digits", 4, "cs7")};";`,
    ],
    negatives: [
      'password = "hunter2"',
      "Server=localhost;Database=app;User Id=sa;Password=<YourStrong@Passw0rd>;",
      "Server=db;Database=app;User Id=app;Password=${DB_PASSWORD};",
      "Server=sql.prod.internal.net;Database=app;Integrated Security=true;",
      "        hostname = userid = password = ssl_context = login_method = None",
      "dsn = 'host={0} user={1} dbname={2} password={3}'.format(host, user, name, secret)",
      // A weak password for this machine, a compose service or a placeholder server is a sample.
      "Server=.;Database=shop;User Id=sa;Password=1234;",
      "Server=(localdb)\\mssqllocaldb;Database=app;User Id=sa;Password=1234;",
      "Server=db;Database=app;User Id=sa;Password=1234;",
      "Server=myServerName\\myInstanceName;Database=myDataBase;User Id=sa;Password=123456;",
      "Server=sql.example.com;Database=app;User Id=sa;Password=1234;",
    ],
    references: ["https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax"],
  },
];
