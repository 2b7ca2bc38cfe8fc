import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { placeholderReason } from "../src/engine/filters.js";
import { scanText } from "../src/scan/text.js";

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
  // A prefix no detector is written for: nobody else reports it.
  p("unknown prefix", "generic-token", `se0_${alnum("unknown-prefix", 20)}`, (s) => `  auth_token: "${s}"`),
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
    "generic-kubernetes-secret",
    alnum("12", 24),
    (s) => `kind: Secret\nstringData:\n  password: ${s}`,
  ),
  p(
    "Kubernetes data (base64)",
    "generic-kubernetes-secret",
    Buffer.from(alnum("13", 18)).toString("base64"),
    (s) => `kind: Secret\ndata:\n  password: ${s}`,
  ),
  // JSON
  p("JSON", "generic-password", alnum("14", 20), (s) => `{"user": "svc", "password": "${s}"}`),
  p("JSON camelCase", "generic-api-key", alnum("15", 32), (s) => `  "apiKey": "${s}",`),
  p("appsettings.json", "generic-secret", alnum("16", 40), (s) => `"Auth": { "ClientSecret": "${s}" }`),
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
  // Generated passwords hold the punctuation that ends a value in code: in quotes it is theirs
  p(
    "password with brackets",
    "generic-password",
    `${alnum("30b", 8)}<{(${alnum("30c", 8)})]`,
    (s) => `EMAIL_HOST_PASSWORD = '${s}'`,
  ),
  p(
    "SQL password with braces",
    "generic-password",
    `^${alnum("30d", 12)}+}|${alnum("30e", 8)}`,
    (s) => `ALTER ROLE app WITH LOGIN PASSWORD '${s}';`,
  ),
  p(
    "INI password with punctuation",
    "generic-password",
    `${alnum("30h", 10)}>{${alnum("30i", 6)}/`,
    (s) => `[db]\npassword = ${s}`,
  ),
  p(
    ".properties password with a parenthesis",
    "generic-password",
    `${alnum("30j", 10)}(${alnum("30k", 9)}~`,
    (s) => `server.ssl.key-store-password=${s}`,
  ),
  p("passphrase", "generic-password", "mosaic-ribbon-battery-prairie-crater", (s) => `    pass: '${s}',`),
  p(
    "password starting with $ in single quotes",
    "generic-password",
    `$${alnum("30l", 4)},${alnum("30m", 6)}>#${alnum("30n", 8)}`,
    (s) => `PGPASSWORD='${s}' pg_dump -h pg.internal -U backup ledger`,
  ),
  p(
    "chosen password on sshpass",
    "generic-cli-password",
    "Hooli_Summer21#",
    (s) => `sshpass -p '${s}' rsync -az /backup/ backup@10.9.0.5:/srv/`,
  ),
  p(
    "grouped generated password",
    "generic-password",
    `${alnum("30o", 6).toLowerCase()}-${alnum("30p", 6)}-${alnum("30q", 6)}`,
    (s) => `POSTGRES_PASSWORD=${s}`,
  ),
  p(
    "redis-cli -a with punctuation",
    "generic-cli-password",
    `${alnum("30r", 4)})J~&${alnum("30s", 6)},<${alnum("30t", 5)}`,
    (s) => `redis-cli -h cache.internal -a '${s}' CONFIG REWRITE`,
  ),
  p(
    "German name",
    "generic-password",
    `${alnum("30u", 10)}#${alnum("30v", 6)}`,
    (s) => `[Datenbank]\nPasswort=${s}`,
  ),
  p("Portuguese name", "generic-password", `${alnum("30w", 12)}!`, (s) => `DB_SENHA="${s}"`),
  p(
    "password with a non-ASCII character",
    "generic-password",
    `${alnum("30x", 6)}73£${alnum("30y", 5)}`,
    (s) => `[Verbindung]\nKennwort=${s}`,
  ),
  // String prefixes: Python bytes, C# and Objective-C verbatim strings
  p("Python bytes literal", "generic-secret", hex("30f", 64), (s) => `WEBHOOK_SECRET = b"${s}"`),
  p(
    "Objective-C string",
    "generic-secret",
    hex("30g", 32),
    (s) => `NSString * const kAnalyticsSecret = @"${s}";`,
  ),
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
  // `name value` lines: a configuration format without `=`, or a note that pasted the key
  p("name and value, no operator", "generic-token", alnum("40b", 32), (s) => `api_token ${s}`),
  p("comment pasting a key", "generic-secret", alnum("40c", 28), (s) => `# staging client secret ${s}`),
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
  // Human-chosen passwords under an unambiguous password name are the credential itself.
  p("symbol password", "generic-password", ["super", "$ecret"].join(""), (s) => `password = "${s}"`),
  p(
    "words password (JSON)",
    "generic-password",
    ["this", "is", "my", "password"].join(""),
    (s) => `"AdminPassword" : "${s}"`,
  ),
  p("weak human password", "generic-password", ["Summer", "2024!"].join(""), (s) => `password: ${s}`),
  p("Perl hash, aligned", "generic-password", alnum("53", 14), (s) => `  password        => '${s}',`),
  p("Terraform, aligned", "generic-password", alnum("54", 16), (s) => `  password       = "${s}"`),
  p("Gradle systemProp", "generic-password", alnum("55", 16), (s) => `systemProp.https.proxyPassword=${s}`),
  p(".env bare word", "generic-password", ["white", "duke", "77"].join(""), (s) => `REACT_APP_PASSWORD=${s}`),
  p(".env bare letters", "generic-password", ["white", "duke"].join(""), (s) => `REACT_APP_PASSWORD=${s}`),
  p("Go :=, words", "generic-password", ["open", "Sesame", "42"].join(""), (s) => `my_password := "${s}"`),
  // .netrc
  p(
    ".netrc one line",
    "generic-netrc-password",
    hex("56", 40),
    (s) => `machine api.internal.example login ci password ${s}`,
  ),
  p(
    ".netrc multi-line",
    "generic-netrc-password",
    alnum("57", 20),
    (s) => `machine git.internal.example\n  login deploy\n  password ${s}\n`,
  ),
  // Kubernetes Secret whose data comes before its kind, tab-indented
  p(
    "Kubernetes data before kind",
    "generic-kubernetes-secret",
    Buffer.from(alnum("58", 24)).toString("base64"),
    (s) =>
      `apiVersion: v1\ndata:\n\tcredentials: ${s}\n\tusername: ${Buffer.from("admin").toString("base64")}\nkind: Secret\n`,
  ),
  // curl with the user on a continuation line
  p(
    "curl -u on a continuation line",
    "generic-curl-basic-auth",
    alnum("59", 16),
    (s) => `curl -X POST \\\n  -u 'deploy:${s}' \\\n  https://nexus.internal/service/rest/v1/components`,
  ),
  // HTTP headers
  p("X-Api-Key header", "generic-api-key", hex("60", 32), (s) => `X-Api-Key: ${s}`),
  p("Api-Token header", "generic-token", alnum("61", 32), (s) => `Api-Token: ${s}`),
  p("apikey header", "generic-api-key", alnum("62", 32), (s) => `apikey: ${s}`),
  // JWT signing secrets
  p("jwt_secret", "generic-secret", b64("63", 44), (s) => `jwt_secret: "${s}"`),
  p("JWT_SECRET_KEY", "generic-secret", alnum("64", 40), (s) => `JWT_SECRET_KEY=${s}`),
  p("secret_key_base YAML", "generic-secret", hex("65", 128), (s) => `production:\n  secret_key_base: ${s}`),
  // Named after a vendor whose detector does not take the value: no reason to stay silent.
  p("vendor-named secret", "generic-secret", hex("66", 40), (s) => `GITHUB_SECRET=${s}`),
  p("vendor-named token", "generic-token", alnum("67", 36), (s) => `JENKINS_TOKEN=${s}`),
  p("vendor-named password", "generic-password", alnum("68", 18), (s) => `TWILIO_PASSWORD=${s}`),
  // A generated password holding a dot has a dotted name's shape, not its words.
  p(
    "password with a dot",
    "generic-netrc-password",
    `${alnum("dp1", 10)}_.${alnum("dp2", 8)}`,
    (s) => `machine reports.partner.internal\nlogin export\npassword ${s}`,
  ),
  // A .properties line quoted in a README or script: a name=value line, even of letters only.
  p(
    "properties line in docs",
    "generic-password",
    randomChars("alpha", 10, "generic-test-props"),
    (s) => `Put these in ~/.gradle/gradle.properties:\n\nstorePassword=${s}\n`,
  ),
  // Words with letters swapped for digits: a password someone chose, not a placeholder.
  p(
    "leet words, PHP",
    "generic-password",
    ["Sup", "3rS", "3cr", "3t!"].join(""),
    (s) => `$db_pass = "${s}";`,
  ),
  p(
    "leet words, YAML",
    "generic-password",
    ["s3c", "r3tP@ss", "2021"].join(""),
    (s) => `  DB_PASSWORD: ${s}`,
  ),
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
  ["key path with brackets", "    'DATABASE_PASSWORD' => 'database.connections.[driver].password',"],
  ["PHP interpolation", '$options[CURLOPT_USERPWD] = "{$parameters->user}:{$parameters->pass}";'],
  ["call in quotes", 'password: "getPassword(config[0])"'],
  ["index expression", '\t\t\to["password"] = split[4]'],
  ["xkcd passphrase", "password: correct-horse-battery-staple"],
  ["PowerShell cmdlet", "$securePassword = ConvertTo-SecureString $plain -AsPlainText -Force"],
  ["translation", '"passwort": "Passwort",'],
  ["translation with an accent", '"password": "Contraseña",'],
  ["list of names", 'commonCases("passwort", "kennwort", "wachtwoord"),'],
  ["PHP variable in single quotes", "'password' => '$db_password',"],
  ["PowerShell environment variable", "-Password $env:DEPLOY_PASSWORD"],
  ["statement", "password = readPasswordFromVault(name);"],
  ["random-looking word mid-sentence", `the token ${alnum("mid", 24)} is rotated nightly`],
  ["lower-case hex after a space", `# secret ${hex("spacehex", 32)}`],
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
  // Values with a prefix some detector is written for are left to it (here: a ghp_ token whose
  // checksum fails, which github-pat rejects).
  ["vendor-prefixed value", `api_key: "ghp_${alnum("prefixed", 36)}"`],
  ["vendor-prefixed value, upper case", `SECRET_TOKEN="SK_LIVE_${alnum("prefixed-upper", 32)}"`],
  ["truststore password", `javax.net.ssl.trustStorePassword=${alnum("trust", 16)}`],
  // Identifiers under vendor names are not credentials.
  ["vendor client id", `GITHUB_CLIENT_ID=Iv1.${hex("ghid", 16)}`],
  ["vendor account sid", `TWILIO_ACCOUNT_SID=AC${hex("sid", 32)}`],
  ["vendor app id", `FACEBOOK_APP_ID=${"1".repeat(1)}${hex("fbid", 14).replace(/[a-f]/g, "7")}`],
  ["Twilio API key SID under a token name", `twilioToken="SK${hex("sk-sid", 32)}"`],
  ["bare variable in code", "password = userPassword"],
  ["bare variable in code (YAML-like)", "  password: passwordFromEnv,"],
  ["Telegram-shaped token with a short bot id", `telegram_api_token = "5293:${alnum("tg", 35)}"`],
  [
    "prose with a colon",
    "A JDBC URL that carries a password: jdbc:postgresql://host/db?user=app&amp;password=x",
  ],
  [
    "escaped netrc prose",
    "entry: machine \\u003chost> login \\u003cuser> password \\u003cpassword>. curl reads it",
  ],
  ["validation rules", "password: 'required|min:8|confirmed',"],
  ["digit sequence", 'password: "12345678a"'],
  ["PWD is a directory", "  PWD: '/Users/someone/projects',"],
  [
    "a time under a password name",
    'kind: Secret\nstringData:\n  admin.password: "x"\n  admin.passwordMtime: "2024-02-01T10:00:00Z"',
  ],
  ["negated expression", "const pass = !this.result.issues || this.result.issues.length === 0;"],
  ["optional chaining", "  pass: matchResult?.pass ?? false,"],
  ["Google P12 default", 'const GCP_SERVICE_ACCOUNT_P12_PASSWORD = "notasecret";'],
  ["vendor user name", "DOCKERHUB_USERNAME=acme-ci-bot"],
  ["vendor bucket", "S3_BUCKET=acme-prod-artifacts-eu"],
  // Labels and prose under password names
  ["translation", '"password": "Passwort",'],
  ["translation (non-ASCII)", '"password": "Contraseña",'],
  ["single word", "password: required"],
  ["prose, quoted", 'Type the password "correcthorsebattery" when asked'],
  ["known default", 'password = "password123"'],
  // Basic header carrying a JWT, anti-forgery form fields
  [
    "Basic with a JWT",
    `-H "Authorization: Basic ${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString("base64url")}.${b64("jwtp", 24).replace(/[+/=]/g, "x")}.${alnum("jwts", 43)}"`,
  ],
  [
    "Rails authenticity_token",
    `<input type="hidden" name="authenticity_token" value="${alnum("rails", 86)}" autocomplete="off" />`,
  ],
  ["Laravel _token", `<input type="hidden" name="_token" value="${alnum("laravel", 40)}">`],
  ["nonce field", `<input type="hidden" name="nonce" value="${alnum("nonce", 32)}">`],
  // .netrc and Kubernetes look-alikes
  ["netrc placeholder", "machine api.example.com login user password changeme"],
  [
    "Secret username only",
    `kind: Secret\ndata:\n  username: ${Buffer.from("admin-user").toString("base64")}\n`,
  ],
  ["ConfigMap", `kind: ConfigMap\ndata:\n  password_policy: ${alnum("cm", 20)}\n`],
];

describe("placeholder filter", () => {
  it("keeps numeric id segments that contain a digit sequence", () => {
    expect(placeholderReason(`1/1202345678901234:${hex("asana", 32)}`)).toBeUndefined();
    expect(placeholderReason(`xoxb-2871234567123-${alnum("slack", 24)}`)).toBeUndefined();
    expect(placeholderReason(["abuser", "123456"].join(""))).toBeUndefined();
  });
  it("still rejects letter sequences, digit-only bodies and long digit runs", () => {
    expect(placeholderReason(`${alnum("seq", 8)}abcdefgh`)).toBeDefined();
    expect(placeholderReason("12345678901234567890")).toBeDefined();
    expect(placeholderReason(`tok_${"1234567890"}${alnum("seq2", 4)}`)).toBeDefined();
    // The alphabet backwards, as sample keys write it (ZYXWVUTSRQ...).
    expect(placeholderReason(`ZYXWVUTSRQPONMLKJIHG${alnum("seq3", 12)}`)).toBeDefined();
    // Sequences through and through, however long: a made-up sample.
    expect(placeholderReason("abcdef1234567890abcdef1234567890abcdef12")).toBeDefined();
    // Digits counting up and down again, as a README's sample key is typed.
    expect(placeholderReason("12345678909876543212345678909876543212345=")).toBeDefined();
  });
  it("keeps a long chosen value that holds a sequence as a small part of it", () => {
    const words = [
      "Shop",
      "Kart",
      "Signing",
      "Key",
      "For",
      "Tokens",
      "And",
      "Sessions",
      "Updated",
      "Version",
    ];
    expect(
      placeholderReason(`${words.slice(0, 6).join("")}123456789${words.slice(6).join("")}`),
    ).toBeUndefined();
    // Short, the same sequence is most of what makes the value.
    expect(placeholderReason("ShopKey123456789")).toBeDefined();
  });
  it('rejects "your" in the languages docs write placeholders in', () => {
    expect(placeholderReason("SUA_SENHA")).toBeDefined();
    expect(placeholderReason("votre-mot-de-passe")).toBeDefined();
    expect(placeholderReason("DEIN_PASSWORT")).toBeDefined();
    // Not inside a word: "sua" and "tua" start words of real passwords and tokens.
    expect(placeholderReason(`Suave${alnum("sua", 10)}`)).toBeUndefined();
  });
  it("rejects alternating letter and digit placeholders", () => {
    expect(placeholderReason("a1b2c3d4e5f6g7h8")).toBeDefined();
    expect(placeholderReason("1a2b3c4d5e6f7g8h")).toBeDefined();
  });
  it("rejects runs of letters and digits that each count up", () => {
    expect(placeholderReason("abc123def456")).toBeDefined();
    expect(placeholderReason("abcd1234efgh5678ijkl9012mnop3456")).toBeDefined();
    expect(placeholderReason("1234abcd-5678efgh")).toBeDefined();
    // A run that does not count up, or letters that wrap round (j to a), is no sample.
    expect(placeholderReason("abc123dxf456")).toBeUndefined();
    expect(placeholderReason("xyz789jab123")).toBeUndefined();
  });
});

describe("generic detectors and public vendor keys", () => {
  it("leaves a search-only key to its vendor's detector", () => {
    const findings = scanText(`ALGOLIA_SEARCH_ONLY_API_KEY=${hex("algolia", 32)}`);
    expect(findings.filter((f) => f.detectorId.startsWith("generic-"))).toEqual([]);
  });
});

describe("base64-wrapped PEM private keys", () => {
  it("does not report a base64-wrapped block whose body is not a key", () => {
    // Positives are the catalog's own examples (built from generated DER in private-keys.ts).
    const findings = scanText(
      `PRIVATE_KEY_B64=${Buffer.from("-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n").toString("base64")}`,
    );
    expect(findings.map((f) => f.detectorId)).not.toContain("base64-pem-private-key");
  });
});

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

describe("generic secrets in code stored as JSON strings", () => {
  it("finds a password assignment inside a Jupyter notebook cell", () => {
    const password = randomChars("alnum", 20, "notebook-password");
    const notebook = JSON.stringify({
      cells: [{ cell_type: "code", source: [`db_password = "${password}"\n`] }],
    });
    expect(scanText(notebook, { path: "analysis.ipynb" }).map((f) => f.secret)).toEqual([password]);
  });
});

describe("code expressions under credential names (seen in minified bundles and typings)", () => {
  it.each([
    ["pdf.mjs", "const AnnotationFieldFlag = {\n  PASSWORD: 0x0002000,\n};"],
    ["bundle.js", "n.prompt=e.prompt,n.password=!!e.password,n.ignoreFocusOut=!!e.ignoreFocusOut"],
    ["worker.js", "handler:c,password:t.password,evaluatorOptions:Object.assign({},o)"],
    ["worker.min.mjs", "handler:c,password:t.password??null,evaluatorOptions:o"],
    ["worker.js", "if(this.token===TokenKinds.T_OPEN_TAG_WITH_ECHO)return e()"],
    ["emr.d.ts", "  KdcAdminPassword: XmlStringMaxLen256;"],
    ["iot.d.ts", "export type MqttPassword = Buffer|Uint8Array|string;"],
  ])("does not report %s: %s", (path, text) => {
    expect(scanText(text, { path }).filter((f) => f.detectorId.startsWith("generic"))).toEqual([]);
  });
});

describe("look-alikes from real code (npm run bench:false-alarms)", () => {
  it.each([
    ["translated label", "de.yml", "    password: Einmal-Passwort"],
    ["translated label (French)", "fr.yml", "    password: Mot-de-passe"],
    ["translated label in JSON", "es.json", '{"api_key": "Clave-de-API-personal"}'],
    ["translated label with non-ASCII letters", "de.json", '{"secret": "Geheimer-Schlüssel"}'],
    ["Japanese message", "ja.json", '"password": "パスワードは8文字以上である必要があります",'],
    ["Chinese message", "zh.json", '"password": "密码必须至少包含8个字符",'],
    ["prompt ending in a colon", "messages.properties", "login.password=Kennwort:"],
    ["message run together", "storagegateway.json", '"LocalConsolePassword": "PassWordMustBeAtLeast6Chars."'],
    ["English message", "errors.py", 'PASSWORD_TOO_SHORT = "Password must be at least 8 characters"'],
    ["PHP message", "lang/en/auth.php", "'password' => 'The provided password is incorrect.',"],
    [
      ".NET public key token",
      "Web.config",
      '<assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" />',
    ],
    ["PHP class constant", "Validator.php", "->setCode(NotCompromisedPassword::COMPROMISED_PASSWORD_ERROR)"],
    ["Ruby symbol", "user.rb", "  password: :encrypted_password_digest,"],
    ["i18n key", "login.js", 'const password = "auth.errors.password_invalid";'],
    ["format string", "client.py", 'api_key = "%(api_key)s-%(region)s"'],
    [
      "query string value running on past &",
      "app.yml",
      "callback: https://x.internal/cb?token=abc&state=q8ZkP2vXw9LmR4tBnY5s",
    ],
    ["well-known sample password", "auth.go", 'opts := AuthOptions{Username: "me", Password: "swordfish"}'],
    ["well-known sample password (open sesame)", "auth.go", 'Password: "opensesame",'],
    ["placeholder with a separator", "dsn.go", 'cfg := Config{User: "user", Passwd: "p@/ssword"}'],
    ["placeholder made of words", "creds.go", 'Password: "notpassword",'],
    ["piece typed three times", "oauth.py", '{"access_token":"5678defg-5678-defg-5678-defg56"}'],
    ["RFC 5849 sample", "parameters.py", 'oauth_token="ad180jjd733klru7",'],
    ["RFC 7009 sample", "revoke.py", 'body = "token=45ghiukldjahdnhzdauz&token_type_hint=refresh_token"'],
    // The held-out set of the bench (--set held-out).
    [
      "enum value spelling its own name",
      "api.go",
      'ClientAuthenticationTypeSmartCardOrPassword = "SmartCardOrPassword"',
    ],
    ["operation name spelling its own name", "api.go", 'const opSetSMBGuestPassword = "SetSMBGuestPassword"'],
    ["Ruby instance variable", "console.rb", "params[:password] = @management_console_password"],
    [
      "OData paging token",
      "preparer_test.go",
      `p := Prepare("https://x.internal/p?$skipToken=${alnum("skip", 24)}")`,
    ],
    [
      "filler in a sample",
      "get_oauth_token.php",
      `//$clientSecret = 'RANDOMCHARS-----${alnum("filler", 10)}';`,
    ],
    [
      "doctest output",
      "access_token.py",
      `    >>> b\n    'oauth_token=x&oauth_token_secret=${alnum("doctest", 15)}&realm=movies'`,
    ],
    ["doctest input", "client.py", `    >>> client = Client(client_secret="${alnum("doctest-in", 24)}")`],
    [
      "doctest continuation",
      "client.py",
      `    >>> client = Client(\n    ...     api_key="${alnum("doctest-more", 24)}")`,
    ],
  ])("reports nothing for: %s", (_name, path, text) => {
    expect(scanText(text, { path }).map((f) => `${f.detectorId}: ${f.secret}`)).toEqual([]);
  });

  it("still finds a value under a JavaScript spread or after a line that merely mentions >>>", () => {
    const password = alnum("spread", 20);
    const spread = scanText(`const cfg = {\n  ...defaults,\n  password: "${password}",\n};`, {
      path: "cfg.js",
    });
    expect(spread.map((f) => f.secret)).toEqual([password]);
    const shifted = scanText(`x = y >>> 2\nAPI_TOKEN = "${password}"`, { path: "app.js" });
    expect(shifted.map((f) => f.secret)).toEqual([password]);
  });

  it("reads a commented-out .env assignment as configuration: its bare value is a string", () => {
    const found = scanText("# REACT_APP_PASS=greenkoala\n", { path: "README.md" });
    expect(found.map((f) => [f.detectorId, f.secret])).toEqual([["generic-password", "greenkoala"]]);
  });

  it("reads `name value` lines of a .conf file as settings, and the same words elsewhere as prose", () => {
    // Chosen, not generated: at a prose line's end only generated values count.
    const password = `${["Tangerine", "Juniper"].join("!")}48`;
    const conf = `<match app.**>\n  @type kafka2\n  username fluentd\n  password ${password}\n</match>\n`;
    expect(scanText(conf, { path: "fluentd/fluent.conf" }).map((f) => [f.detectorId, f.secret])).toEqual([
      ["generic-password", password],
    ]);
    expect(scanText(conf, { path: "docs/logging.md" })).toEqual([]);
  });

  it("takes dotted passphrases with a number for passwords, except as a property path in code", () => {
    const words = ["pixel", "quartz", "harbor"].map(
      (w, i) => `${w}${alnum(`dotted-${i}`, 2).toLowerCase().replace(/[0-9]/g, "x")}`,
    );
    const passphrase = `${words.join(".")}8`;
    const yaml = `spring:\n  rabbitmq:\n    username: notifier\n    password: ${passphrase}\n`;
    expect(scanText(yaml, { path: "src/main/resources/application.yml" }).map((f) => f.secret)).toEqual([
      passphrase,
    ]);
    const quoted = `const client = connect({ user: "notifier", password: "${passphrase}" });`;
    expect(scanText(quoted, { path: "client.js" }).map((f) => f.secret)).toEqual([passphrase]);
    expect(scanText("const opts = {\n  password: config.database.main1,\n};\n", { path: "opts.js" })).toEqual(
      [],
    );
  });

  it("keeps a backtick inside a quoted password, and skips a command's output in backticks", () => {
    const password = `\x60${alnum("backtick", 11)}`;
    const found = scanText(`# deploy host\nPASS = '${password}'\n`, { path: "settings.py" });
    expect(found.map((f) => [f.detectorId, f.secret])).toEqual([["generic-password", password]]);
    expect(scanText('DB_PASS="\x60./get-password.sh\x60"', { path: "run.sh" })).toEqual([]);
  });

  it("ends an unquoted value at & (the next query parameter), and keeps & in a quoted one", () => {
    const token = alnum("query", 32);
    const inUrl = scanText(`fetch("https://api.internal/v1/items?api_key=${token}&format=json")`);
    expect(inUrl.map((f) => [f.detectorId, f.secret])).toEqual([["generic-api-key", token]]);
    const password = `${alnum("amp-a", 10)}&${alnum("amp-b", 10)}`;
    const quoted = scanText(`DB_PASSWORD="${password}"`);
    expect(quoted.map((f) => [f.detectorId, f.secret])).toEqual([["generic-password", password]]);
  });
});
