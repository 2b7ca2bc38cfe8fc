import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { scanText } from "../src/scan/scan.js";

/*
 * Generic credentials through the whole engine and the full catalog: what must be found (in
 * every syntax people write credentials in) and what must not be reported by any detector
 * (placeholders, references, hashes, identifiers, prose, fixtures).
 */

const alnum = (label: string, length = 20) => randomChars("alnum", length, `generic-test-${label}`);
const hex = (label: string, length = 32) => randomChars("hexLower", length, `generic-test-${label}`);
const b64 = (label: string, length = 40) => randomChars("base64", length, `generic-test-${label}`);

interface Positive {
  readonly syntax: string;
  readonly detector: string;
  /** Builds the text around `secret`. */
  readonly text: (secret: string) => string;
  readonly secret: string;
}

const p = (syntax: string, detector: string, secret: string, text: (secret: string) => string): Positive => ({
  syntax,
  detector,
  secret,
  text,
});

const POSITIVES: Positive[] = [
  // .env and shell
  p(".env", "generic-password", alnum("1"), (s) => `DB_PASSWORD=${s}`),
  p(".env quoted", "generic-password", alnum("2", 24), (s) => `MYSQL_ROOT_PASSWORD="${s}"`),
  p(".env DB_PASS", "generic-password", alnum("3", 16), (s) => `DB_PASS=${s}`),
  p("shell export", "generic-secret", b64("4", 44), (s) => `export JWT_SECRET='${s}'`),
  p(".env api key", "generic-api-key", hex("5"), (s) => `MAPS_API_KEY=${s}`),
  p(".env token", "generic-token", alnum("6", 40), (s) => `SLACKBOT_TOKEN=${s}`),
  p(
    "env prefix on a command",
    "generic-password",
    alnum("7", 18),
    (s) => `PGPASSWORD=${s} psql -h db.internal -U app`,
  ),
  // YAML, docker-compose, Kubernetes
  p("YAML", "generic-password", alnum("8", 22), (s) => `database:\n  password: ${s}\n  user: app`),
  p("YAML quoted", "generic-secret", alnum("9", 32), (s) => `oauth:\n  client_secret: "${s}"`),
  p(
    "docker-compose list",
    "generic-password",
    alnum("10", 20),
    (s) => `    environment:\n      - POSTGRES_PASSWORD=${s}`,
  ),
  p(
    "docker-compose map",
    "generic-token",
    alnum("11", 36),
    (s) => `    environment:\n      RUNNER_TOKEN: ${s}`,
  ),
  p(
    "Kubernetes stringData",
    "generic-password",
    alnum("12", 24),
    (s) => `kind: Secret\nstringData:\n  password: ${s}`,
  ),
  p(
    "Kubernetes data (base64)",
    "generic-password",
    Buffer.from(alnum("13", 18)).toString("base64"),
    (s) => `kind: Secret\ndata:\n  password: ${s}`,
  ),
  // JSON
  p("JSON", "generic-password", alnum("14", 20), (s) => `{"user": "svc", "password": "${s}"}`),
  p("JSON camelCase", "generic-api-key", alnum("15", 32), (s) => `  "apiKey": "${s}",`),
  p("appsettings.json", "generic-secret", alnum("16", 40), (s) => `"Jwt": { "Secret": "${s}" }`),
  // Code
  p(
    "Python",
    "generic-password",
    alnum("17", 16),
    (s) => `conn = psycopg2.connect(host="db", password="${s}")`,
  ),
  p("Python constant", "generic-secret", hex("18", 50), (s) => `SECRET_KEY = "${s}"`),
  p("Python type-annotated", "generic-token", alnum("19", 40), (s) => `    access_token: str = "${s}"`),
  p(
    "TypeScript object",
    "generic-secret",
    alnum("20", 32),
    (s) => `const config = { clientSecret: '${s}' };`,
  ),
  p("JavaScript backticks", "generic-token", alnum("21", 40), (s) => `const authToken = \`${s}\`;`),
  p("Go :=", "generic-password", alnum("22", 20), (s) => `dbPassword := "${s}"`),
  p("Go struct literal", "generic-api-key", hex("23", 40), (s) => `cfg := Config{APIKey: "${s}"}`),
  p("Ruby hash rocket", "generic-password", alnum("24", 18), (s) => `  :password => '${s}',`),
  p("Ruby 1.9 hash", "generic-secret", hex("25", 64), (s) => `  secret_key_base: "${s}"`),
  p("PHP variable", "generic-password", alnum("26", 16), (s) => `$db_password = '${s}';`),
  p("PHP define", "generic-password", alnum("27", 20), (s) => `define('DB_PASSWORD', '${s}');`),
  p("Java", "generic-password", alnum("28", 16), (s) => `private static final String PASSWORD = "${s}";`),
  p(
    "C#",
    "generic-api-key",
    alnum("29", 32),
    (s) => `client.DefaultRequestHeaders.Add("X-Api-Key", "${s}");`,
  ),
  p("Kotlin", "generic-token", alnum("30", 40), (s) => `val refreshToken = "${s}"`),
  p("Groovy / Gradle", "generic-password", alnum("31", 16), (s) => `    password "${s}"`),
  p("Terraform", "generic-password", alnum("32", 20), (s) => `  master_password = "${s}"`),
  p("TOML", "generic-token", alnum("33", 36), (s) => `[registry]\ntoken = "${s}"`),
  p("dict subscript", "generic-password", alnum("34", 18), (s) => `settings['DATABASE_PASSWORD'] = '${s}'`),
  p("SQL", "generic-password", alnum("35", 16), (s) => `CREATE USER app IDENTIFIED BY '${s}';`),
  p("SQL role", "generic-password", alnum("36", 16), (s) => `ALTER ROLE app WITH PASSWORD '${s}';`),
  // .properties / .ini
  p(".properties", "generic-password", alnum("37", 20), (s) => `spring.datasource.password=${s}`),
  p(".ini", "generic-password", alnum("38", 16), (s) => `[mysql]\npassword = ${s}`),
  // Dockerfile
  p("Dockerfile ENV (space)", "generic-password", alnum("39", 20), (s) => `ENV ADMIN_PASSWORD ${s}`),
  p("Dockerfile ARG", "generic-token", alnum("40", 40), (s) => `ARG REGISTRY_TOKEN=${s}`),
  // XML
  p("Maven settings.xml", "generic-xml-credential", alnum("41", 24), (s) => `  <password>${s}</password>`),
  p(
    ".NET appSettings",
    "generic-xml-credential",
    alnum("42", 20),
    (s) => `  <add key="SmtpPassword" value="${s}" />`,
  ),
  p(
    "Spring XML property",
    "generic-xml-credential",
    alnum("43", 18),
    (s) => `<property name="password" value="${s}"/>`,
  ),
  p("XML attribute", "generic-password", alnum("44", 16), (s) => `<datasource user="app" password="${s}" />`),
  // Command lines
  p("--password=", "generic-cli-password", alnum("45", 16), (s) => `./migrate --db-password=${s} up`),
  p("--token value", "generic-cli-password", hex("46", 40), (s) => `deploy-cli push --token ${s} --app web`),
  p(
    "mysql -p",
    "generic-cli-password",
    alnum("47", 14),
    (s) => `mysqldump -u backup -p${s} --all-databases > all.sql`,
  ),
  p(
    "mysql -p'quoted'",
    "generic-cli-password",
    alnum("48", 14),
    (s) => `mysql -uroot -p'${s}' -e 'show databases'`,
  ),
  p(
    "sshpass -p",
    "generic-cli-password",
    alnum("49", 16),
    (s) => `sshpass -p "${s}" scp build.tgz ops@10.0.0.9:/srv`,
  ),
  p(
    "curl -u",
    "generic-curl-basic-auth",
    alnum("50", 14),
    (s) => `curl -s -u deploy:${s} https://nexus.internal/service/rest/v1/components`,
  ),
  p(
    "Authorization: Basic",
    "generic-basic-auth-header",
    Buffer.from(`ci:${alnum("51", 18)}`).toString("base64"),
    (s) => `-H "Authorization: Basic ${s}"`,
  ),
  p("Authorization: Bearer", "generic-bearer-token", alnum("52", 48), (s) => `Authorization: Bearer ${s}`),
];

// ---------------------------------------------------------------------------------------------
// Look-alikes: nothing in the catalog may report these.

const sha512 = (s: string) => createHash("sha512").update(s).digest("base64");
const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
const uuid = (label: string) => {
  const h = randomChars("hexLower", 32, label);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

const NEGATIVES: readonly (readonly [string, string])[] = [
  // Placeholders
  ["placeholder word", "password: password"],
  ["fixture", 'password: "password"'],
  ["changeme", "DB_PASSWORD=changeme"],
  ["changeit", "keystore_password=changeit"],
  ["angle brackets", "api_key: <your-api-key>"],
  ["your_*", "API_KEY=your_api_key_here"],
  ["YOUR_*", "SECRET_KEY=YOUR_SECRET_KEY"],
  ["mask", 'password: "********"'],
  ["xxx", "token: xxxxxxxxxxxxxxxxxxxx"],
  ["ellipsis", "client_secret: abc123..."],
  ["redacted", 'password = "[REDACTED]"'],
  ["words", "SECRET=SuperSecretPassword123"],
  ["leet", "password: P@ssw0rd123!"],
  ["weak human password", "password: Summer2024!"],
  ["empty", 'password: ""'],
  ["too short", "password: s3cr3t"],
  ["test fixture name", 'test_password = "aB3dE5gH7jK9mN1p"'],
  ["form field", "confirmPassword: 'aB3dE5gH7jK9mN1p'"],
  ["django insecure default", "SECRET_KEY = 'django-insecure-change-me-in-production'"],
  // References
  ["${VAR}", "password: ${DB_PASSWORD}"],
  ["$VAR", "DB_PASSWORD=$POSTGRES_PASSWORD"],
  ["process.env", "const apiKey = process.env.API_KEY;"],
  ["os.environ", 'password = os.environ["DB_PASSWORD"]'],
  ["os.getenv", 'secret = os.getenv("APP_SECRET")'],
  ["ENV[]", "token = ENV['GITHUB_TOKEN']"],
  ["Helm", "password: {{ .Values.postgresql.password }}"],
  ["GitHub Actions", "token: ${{ secrets.NPM_TOKEN }}"],
  ["Python format", "password = '%(db_password)s'"],
  ["printf", 'password="%s"'],
  ["Maven filtering", "db.password=@db.password@"],
  ["member access", "password = self.password"],
  ["config lookup", "api_key = config.api_key"],
  ["function call", "secret = get_secret('app/jwt')"],
  ["Vault reference", "password: vault:secret/data/db#password"],
  [
    "AWS Secrets Manager ARN",
    "db_secret: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
  ],
  ["Windows env", "set PASSWORD=%DB_PASSWORD%"],
  ["command substitution", 'deploy --token "$(cat /run/secrets/token)"'],
  ["Maven encrypted", "<password>{COQLCE6DU6GtcS5P=}</password>"],
  // Data that is not a secret
  ["type annotation", "password: string;"],
  ["Python annotation", "password: str"],
  ["optional type", "password?: string"],
  ["Go struct tag", 'Password string `json:"password"`'],
  ["boolean", "secret: true"],
  ["null", "api_key: null"],
  ["number", "token: 1234567890"],
  ["version", '"jsonwebtoken": "^9.0.2"'],
  ["file path", "private_key: /etc/ssl/private/server.key"],
  ["relative path", "secret_file: ./secrets/app.json"],
  ["URL", "token_url: https://oauth2.googleapis.com/token"],
  ["URL value", "api_key: https://example.com/keys/current"],
  ["bcrypt hash", 'password: "$2b$12$KIXQJ0B3xP9fW2bq6h5e1uGzYQ7Xx3mJc1p9Qe4RrT0aVbNcDeFgH"'],
  [
    "password hash name",
    'password_hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
  ],
  ["max tokens", "max_tokens: 4096"],
  ["token type", 'token_type: "Bearer"'],
  ["CSRF token", `<input type="hidden" name="csrf_token" value="${alnum("csrf", 32)}">`],
  ["pagination token", `nextToken: "${b64("next", 32)}"`],
  ["secret name (k8s)", "secretName: my-app-tls"],
  ["identifier value", "password: DB_PASSWORD_FROM_VAULT"],
  ["English sentence", "# The password must be at least twelve characters long"],
  ["prose with quotes", 'Enter the password "correcthorsebatterystaple" when prompted'],
  ["password policy", 'password_policy: "RequireUppercaseAndDigits"'],
  ["kubernetes secret kind", "kind: Secret"],
  // Hashes and identifiers
  ["lockfile integrity", `"integrity": "sha512-${sha512("left-pad")}"`],
  ["git SHA", `commit: ${sha1("initial commit")}`],
  ["git SHA in lockfile", `"resolved": "git+https://github.com/acme/lib.git#${sha1("v1")}"`],
  ["UUID request id", `request_id: ${uuid("req")}`],
  ["UUID in JSON", `{"id": "${uuid("obj")}", "name": "widget"}`],
  ["base64 image", `background: url(data:image/png;base64,${b64("img", 120)})`],
  ["data URI token", `token: data:image/svg+xml;base64,${b64("svg", 60)}`],
  ["npm package", '"password-prompt": "^1.1.3"'],
  ["test fixture JSON", '{"username": "admin", "password": "admin"}'],
  ["docs curl", "curl -u user:password https://api.example.com/v1/items"],
  ["docs mysql", "mysql -u root -p"],
  ["docker login stdin", "echo $TOKEN | docker login -u ci --password-stdin"],
  ["ssh port flag", "ssh -p 2222 deploy@host"],
  ["URI placeholder", "DATABASE_URL=postgres://user:password@localhost:5432/app"],
  ["URI template", "mongodb+srv://<username>:<password>@cluster0.mongodb.net"],
  ["local default URI", "REDIS_URL=redis://:redis@localhost:6379"],
  ["public key", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64("ssh", 43)} dev@laptop`],
  // Named after a vendor with its own detector: that detector decides (here: wrong length for Linode).
  ["vendor-named value", `LINODE_TOKEN=${hex("linode", 32)}`],
  ["vendor-prefixed value", `api_key: "zz_live_${alnum("prefixed", 32)}"`],
  ["truststore password", `javax.net.ssl.trustStorePassword=${alnum("trust", 16)}`],
];

describe("generic detectors through the full catalog", () => {
  it("has at least 40 true positives and 60 look-alikes", () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(40);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(POSITIVES.map((c) => [c.syntax, c] as const))("finds a credential in %s", (_syntax, c) => {
    const findings = scanText(c.text(c.secret));
    const found = findings.map((f) => `${f.detectorId}:${f.secret}`);
    expect(found).toContain(`${c.detector}:${c.secret}`);
    expect(findings.find((f) => f.secret === c.secret)?.confidence).toBe("low");
  });

  it.each(NEGATIVES)("reports nothing for %s", (_name, text) => {
    const findings = scanText(text);
    expect(findings.map((f) => `${f.detectorId}: ${f.secret}`)).toEqual([]);
  });

  it("lets a vendor or format detector win over the generic one on the same text", () => {
    const key = `0x${randomChars("hexLower", 64, "generic-test-eth")}`;
    const findings = scanText(`PRIVATE_KEY=${key}`);
    expect(findings.map((f) => f.detectorId)).toEqual(["ethereum-private-key"]);
  });
});
