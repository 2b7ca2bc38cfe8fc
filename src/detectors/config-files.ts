import {
  genericValueReason,
  passwordPlaceholderReason,
  placeholderValueReason,
  randomnessReason,
} from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * Credentials that have no vendor prefix but sit in a file format or framework setting whose
 * syntax says what they are: PostgreSQL's password file, WordPress's authentication salts,
 * Laravel's application key and Terraform variables with a secret default. The generic
 * assignment rules miss them: a pgpass line has no name, salts are full of the punctuation that
 * ends a generic value, Laravel's key starts with `base64:` and a Terraform default is written
 * lines after its variable's name.
 */

// ---------------------------------------------------------------------------------------------
// PostgreSQL password file.

const pgpassValidator: Validator = (secret, context) => {
  if (secret.length < 6) return "shorter than 6 characters";
  const { port, user } = context.groups;
  // `host:port:...` lines that are not pgpass entries (log lines, IPv6, ratios) rarely have a
  // port of 2 to 5 digits or `*` together with four other fields; the keyword asks for one of
  // the usual ports or a wildcard.
  if (port !== "*" && Number(port) > 65535) return "not a TCP port";
  return (
    passwordPlaceholderReason(secret.replace(/\\([:\\])/g, "$1"), user === "*" ? undefined : user) ?? true
  );
};

// ---------------------------------------------------------------------------------------------
// WordPress keys and salts.

/** The characters wp_generate_password draws salts from: letters, digits and punctuation, no quotes. */
const WP_SALT_CHARS =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|";

const wordpressSaltValidator: Validator = (secret) => {
  if (/unique phrase/i.test(secret)) return "the placeholder of wp-config-sample.php";
  // Salts are full of braces and dollars, so only whole-value template syntax marks a reference.
  if (/^(?:\$\{|\{\{|%\{)[^}]*\}\}?$/.test(secret)) return "a template or variable reference";
  const reason = placeholderValueReason(secret);
  if (reason !== undefined) return reason;
  // Generated salts mix at least three of lower, upper, digits and punctuation, with few repeats;
  // some sites fill them with a hash's hex digits instead, and local tools (wp-env, site
  // generators) with random lower-case letters and digits: as random.
  const hex = /^[0-9a-f]{32,}$/i.test(secret) && /[0-9]/.test(secret) && /[a-f]/i.test(secret);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(secret)).length;
  const randomTwoClasses = classes === 2 && randomnessReason(secret) === undefined;
  if (classes < 3 && !hex && !randomTwoClasses) return "not the mixed alphabet of a generated salt";
  // Hex has 16 symbols: 64 random hex digits repeat each about four times.
  const distinct = new Set(secret).size;
  if (hex ? distinct < 12 : distinct < secret.length / 3)
    return "too many repeated characters for a generated salt";
  return true;
};

// ---------------------------------------------------------------------------------------------
// Laravel APP_KEY.

/** A key is generated: a byte repeated as often as a typed or sample value repeats its characters is not. */
function generatedKeyReason(key: Buffer): string | undefined {
  return new Set(key).size < key.length / 2 ? "too many repeated bytes for a generated key" : undefined;
}

const laravelKeyValidator: Validator = (secret) => {
  const key = Buffer.from(secret, "base64");
  if (key.length !== 16 && key.length !== 32) return "not a 128- or 256-bit key";
  return generatedKeyReason(key) ?? true;
};

/** `Fernet.generate_key()`: the URL-safe base64 of 32 random bytes (a signing and an encryption key). */
const fernetKeyValidator: Validator = (secret) => {
  const key = Buffer.from(secret, "base64url");
  if (key.length !== 32) return "not the 32 bytes of a Fernet key";
  return generatedKeyReason(key) ?? true;
};

// ---------------------------------------------------------------------------------------------
// Terraform variable defaults.

const TF_SECRET_NAME =
  /(?:^|[_-])(?:pass(?:word|wd|phrase)?|pwd|secret(?:[_-]?key)?|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret)$/i;
const TF_PASSWORD_NAME = /(?:^|[_-])(?:pass(?:word|wd|phrase)?|pwd)$/i;
const TF_NOT_A_SECRET =
  /(?:^|[_-])(?:min|max|length|policy|enabled|enable|rotation|reset|hash|name|path|file|arn|id)[_-]/i;

const terraformDefaultValidator: Validator = (secret, context) => {
  const name = context.groups.name ?? "";
  if (!TF_SECRET_NAME.test(name)) return `"${name}" is not a credential name`;
  if (TF_NOT_A_SECRET.test(name)) return `"${name}" names a setting about a credential`;
  if (TF_PASSWORD_NAME.test(name)) {
    if (secret.length < 8) return "shorter than 8 characters";
    return passwordPlaceholderReason(secret) ?? true;
  }
  return genericValueReason(secret) ?? true;
};

// ---------------------------------------------------------------------------------------------
// Example builders: every value is generated at test time.

const pw = (label: string, length = 20) => randomChars("alnum", length, `config-${label}`);
const salt = (label: string) => randomChars(WP_SALT_CHARS.replace(/[ `]/g, ""), 64, `config-${label}`);
const fernetKey = (label: string) =>
  Buffer.from(randomChars("hexLower", 64, `config-${label}`), "hex")
    .toString("base64url")
    .concat("=");
const laravelKey = (label: string, bytes = 32) =>
  Buffer.from(randomChars("hexLower", bytes * 2, `config-${label}`), "hex").toString("base64");

/** Three or more capitalised words and digits, maybe a symbol: a chosen passphrase. */
const WORDS_AND_DIGITS = /^(?:[A-Z][a-z]{2,12}){3,8}[0-9]{1,6}[!@#$%^&*.?-]?$/;

export const detectors: Detector[] = [
  {
    id: "postgres-pgpass-password",
    name: "PostgreSQL password file (.pgpass) entry",
    vendor: "PostgreSQL",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "A line of PostgreSQL's password file (~/.pgpass, or the file PGPASSFILE names): hostname:port:database:username:password, which psql, pg_dump and every libpq client read to connect without prompting. The password is stored in plain text.",
    security: [
      "Anyone who can reach the server can connect as the user and read, change or delete the data it has access to.",
      "Password files are written for automation (backups, replication, cron jobs), whose users often hold broad rights.",
    ],
    mitigation: {
      revoke:
        "Change the role's password on the server (ALTER ROLE <user> PASSWORD '<new>'; or \\password <user> in psql), update the clients that use it, and remove the file from the repository and its history.",
      revokeUrl: "https://www.postgresql.org/docs/current/libpq-pgpass.html",
      audit:
        "With log_connections on, review the server log for connections by the role from unknown addresses during the exposure; check pg_stat_activity for sessions in progress.",
      bestPractices: [
        "keep .pgpass in the home directory with mode 0600 and list it in .gitignore",
        "prefer certificate or IAM authentication for automation over stored passwords",
      ],
    },
    keywords: [":5432:", ":6432:", ":*:"],
    pattern:
      /^[ \t]*(?:echo[ \t]{1,3})?["']?(?<host>\*|[A-Za-z0-9][A-Za-z0-9_.-]{0,252}):(?<port>\*|\d{2,5}):(?<db>\*|[A-Za-z0-9_][\w.$-]{0,62}):(?<user>\*|[A-Za-z0-9_][\w.@$-]{0,62}):(?<secret>(?:[^\s:"'\\]|\\[:\\]){1,128})["']?(?:[ \t]{0,3}>>?[ \t]{0,3}[~\w./$-]{1,100})?[ \t]*\r?$/m,
    validate: pgpassValidator,
    examples: [
      () => `db.internal.example:5432:orders:app:${pw("pg1", 20)}`,
      () => `*:*:*:replicator:${pw("pg2", 24)}`,
      () => `echo "10.0.3.7:5432:*:backup:${pw("pg3", 16)}" > ~/.pgpass`,
    ],
    negatives: [
      "localhost:5432:mydb:postgres:password",
      "*:*:*:user:$PGPASSWORD",
      "hostname:5432:database:username:<password>",
      "2024-01-01 12:00:00:5432:info:ready",
    ],
    references: ["https://www.postgresql.org/docs/current/libpq-pgpass.html"],
  },
  {
    id: "wordpress-auth-salt",
    name: "WordPress authentication key or salt",
    vendor: "WordPress",
    family: "Signing Key",
    severity: "high",
    confidence: "medium",
    description:
      "The eight keys and salts of wp-config.php (AUTH_KEY, SECURE_AUTH_KEY, LOGGED_IN_KEY, NONCE_KEY and their _SALT pairs), or of a Bedrock .env file. WordPress signs its login cookies and nonces with them: the values are random 64-character strings generated per site.",
    security: [
      "With the keys and salts, an attacker can forge the authentication cookie of any user whose user name and password hash fragment is known, and so sign in as an administrator.",
      "Nonces signed with the leaked NONCE_KEY / NONCE_SALT can be forged, defeating WordPress's CSRF protection.",
    ],
    mitigation: {
      revoke:
        "Generate new values (https://api.wordpress.org/secret-key/1.1/salt/ or `wp config shuffle-salts` with WP-CLI), replace all eight in wp-config.php on the server and deploy. Every logged-in user is signed out. If the database password from the same file was exposed too, change it as well.",
      revokeUrl: "https://developer.wordpress.org/advanced-administration/security/hardening/",
      audit:
        "Review the users table and the activity log of a security plugin for new administrators, logins and plugin or theme changes during the exposure.",
      bestPractices: [
        "keep wp-config.php out of version control, or read the keys from the environment (Bedrock, getenv)",
        "rotate the salts after any suspected compromise",
      ],
    },
    keywords: ["auth_key", "auth_salt", "logged_in_key", "logged_in_salt", "nonce_key", "nonce_salt"],
    pattern:
      /(?:define\([ \t]{0,3}["']|^[ \t]*(?:export[ \t]{1,3})?)(?<name>(?:SECURE_)?AUTH_(?:KEY|SALT)|LOGGED_IN_(?:KEY|SALT)|NONCE_(?:KEY|SALT))(?:["'][ \t]{0,3},|=)[ \t]{0,20}(?<q>["'])(?<secret>[^"'\\\r\n]{32,128})\k<q>/m,
    validate: wordpressSaltValidator,
    skipPlaceholderCheck: true,
    examples: [
      () => `define( 'AUTH_KEY',         '${salt("wp1")}' );`,
      () => `define('NONCE_SALT', '${salt("wp2")}');`,
      () => `LOGGED_IN_KEY='${salt("wp3")}'`,
      () => `define( 'SECURE_AUTH_KEY',  '${randomChars("hexLower", 40, "wp-hex")}');`,
      () => `define( 'LOGGED_IN_SALT',    '${randomChars("hexLower", 64, "wp-hex-64")}');`,
      () => `define( 'NONCE_KEY',        '${randomChars("lowerAlnum", 64, "wp-lower")}' );`,
    ],
    negatives: [
      "define( 'AUTH_KEY',         'put your unique phrase here' );",
      "define('SECURE_AUTH_KEY', getenv('SECURE_AUTH_KEY'));",
      "define('AUTH_KEY', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');",
    ],
    references: ["https://developer.wordpress.org/apis/wp-config-php/#security-keys"],
  },
  {
    id: "laravel-app-key",
    name: "Laravel application key (APP_KEY)",
    vendor: "Laravel",
    family: "Encryption Key",
    severity: "high",
    confidence: "medium",
    description:
      "Laravel's APP_KEY, written by `php artisan key:generate` into .env as base64:<32 random bytes>. The framework's encrypter uses it for encrypted cookies (sessions included), Crypt::encrypt values and signed URLs.",
    security: [
      "An attacker can decrypt and forge Laravel's encrypted cookies and session data, and sign URLs the application trusts.",
      "In applications that unserialize decrypted cookie values (CVE-2018-15133 and similar), a known APP_KEY leads to remote code execution.",
      "Data the application stored with Crypt::encrypt can be decrypted.",
    ],
    mitigation: {
      revoke:
        "Run `php artisan key:generate` (or set a new APP_KEY from the secret store) on every environment that used the key, and redeploy. Sessions and encrypted cookies become invalid; data encrypted with the old key must be decrypted with it and re-encrypted first (Laravel 11+ can keep it in APP_PREVIOUS_KEYS during the transition).",
      revokeUrl: "https://laravel.com/docs/encryption#gracefully-rotating-encryption-keys",
      audit:
        "Review application and web server logs for unusual cookies, signed-URL requests and errors from failed decryption during the exposure.",
      bestPractices: [
        "commit only .env.example with an empty APP_KEY and keep .env in .gitignore",
        "use a different key for every environment",
      ],
    },
    keywords: ["app_key"],
    pattern:
      /APP_KEY["']?[ \t]{0,3}(?:=|:|,|=>)[ \t]{0,3}["']?base64:(?<secret>[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])/,
    validate: laravelKeyValidator,
    examples: [
      () => `APP_ENV=production\nAPP_KEY=base64:${laravelKey("lv1")}`,
      () => `    'key' => env('APP_KEY', 'base64:${laravelKey("lv2")}'),`,
      () => `APP_KEY="base64:${laravelKey("lv3", 16)}"`,
    ],
    negatives: [
      "APP_KEY=",
      "APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
      "APP_KEY=base64:your-app-key-here",
    ],
    references: ["https://laravel.com/docs/encryption#configuration"],
  },
  {
    id: "fernet-key",
    name: "Fernet encryption key (Apache Airflow fernet_key and others)",
    vendor: "Apache Airflow",
    family: "Encryption Key",
    severity: "high",
    confidence: "medium",
    description:
      "A Fernet key from Python's cryptography package: the URL-safe base64 of 32 random bytes (44 characters ending in =), written by `Fernet.generate_key()`. Apache Airflow encrypts the passwords and extras of its connections and its variables in the metadata database with the key set as `fernet_key` in airflow.cfg, AIRFLOW__CORE__FERNET_KEY or the Helm chart's `fernetKey`; applications keep their own under names such as FERNET_KEY.",
    security: [
      "With a copy of Airflow's metadata database (a backup, a read replica, a SQL injection), the key decrypts every connection's password and extras: the credentials of the databases, clouds and APIs the DAGs use.",
      "Anything else encrypted with the key can be decrypted, and Fernet tokens the application trusts can be forged, since the key also signs them.",
    ],
    mitigation: {
      revoke:
        "Generate a new key (`python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'`), set fernet_key to `new_key,old_key` on every Airflow component, run `airflow rotate-fernet-key` to re-encrypt connections and variables, then remove the old key. Rotate the credentials stored in Airflow connections too if the metadata database may have been read.",
      revokeUrl: "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html",
      audit:
        "Check who could read the metadata database and its backups during the exposure, and review the audit log for connections and variables viewed or exported.",
      bestPractices: [
        "keep the key in a secrets backend or a Kubernetes Secret, not in airflow.cfg or a committed Compose file",
        "use a different key for every environment",
      ],
    },
    keywords: ["fernet_key", "fernetkey", "fernet-key"],
    pattern:
      /(?:FERNET_KEY|fernet_key|fernetKey|fernet-key)["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}(?:[bB]?["'\x60])?(?<secret>[A-Za-z0-9_-]{43}=)(?![A-Za-z0-9_=-])/,
    validate: fernetKeyValidator,
    examples: [
      () => `[core]\nexecutor = CeleryExecutor\nfernet_key = ${fernetKey("fk1")}`,
      () => `    AIRFLOW__CORE__FERNET_KEY: '${fernetKey("fk2")}'`,
      () => `fernetKey: "${fernetKey("fk3")}"`,
      () => `FERNET_KEY = b"${fernetKey("fk4")}"`,
    ],
    negatives: [
      "fernet_key = {FERNET_KEY}",
      "AIRFLOW__CORE__FERNET_KEY: ${AIRFLOW_FERNET_KEY}",
      "fernet_key = AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
      // Under another name: a Django SECRET_KEY or a token is not this key.
      () => `CACHE_KEY = "${fernetKey("fk5")}"`,
    ],
    references: [
      "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html",
      "https://cryptography.io/en/latest/fernet/",
    ],
  },
  {
    id: "jwt-secret-config",
    name: "JWT signing secret in configuration",
    vendor: "JSON Web Token",
    family: "Signing Key",
    severity: "high",
    confidence: "medium",
    description:
      "The HMAC secret that signs an application's JSON Web Tokens, set in YAML or JSON configuration as `jwt: secret:` (Spring, Nest and many Node.js and Go services), `jwtSecret:` or the `Jwt` section's `Key` of an ASP.NET appsettings.json. Generated secrets are often long runs of punctuation that end a generic value early, so this setting is matched on its own.",
    security: [
      "Anyone with the secret can sign tokens the application accepts: sign in as any user, with any role, for as long as they like.",
      "Existing tokens can be read and replayed until they expire.",
    ],
    mitigation: {
      revoke:
        "Generate a new random secret (at least 32 bytes, e.g. `openssl rand -base64 48`), deploy it to every service that verifies the tokens, and let users sign in again: tokens signed with the old secret stop being accepted.",
      audit:
        "Review authentication logs for tokens with unusual subjects, roles or lifetimes issued during the exposure; they may have been forged.",
      bestPractices: [
        "read the secret from an environment variable or a secret store instead of the configuration file",
        "prefer asymmetric signing (RS256, ES256) so that verifying services hold no signing secret",
      ],
    },
    // JWT_SECRET / jwt_secret assignments are generic-secret's; this covers the nested YAML key,
    // jwtSecret, whose values generated with punctuation end a generic value early, and ASP.NET's
    // appsettings.json section ("Jwt": { "Key": ... }), whose key is named only "Key".
    keywords: ["jwt"],
    window: { before: 32, after: 512, multiline: true },
    pattern:
      /^[ \t]*(?:jwt:[ \t]*\r?\n[ \t]+secret|jwtsecret|"jwt\w{0,16}"[ \t]*:[ \t]*\{(?:[^{}]{0,400}?,)?\s{0,40}"(?:key|secret|secretkey|signingkey|securitykey|issuersigningkey))["']?[ \t]*:[ \t]*(["'])(?<secret>(?:(?!\1)[^\r\n]){6,200})\1/im,
    validate: (secret) => genericValueReason(secret, { minLength: 8 }) ?? true,
    examples: [
      () => `jwt:\n  secret: "${randomChars("base64", 44, "jwt-cfg-1")}"\n  expiration: 3600`,
      () =>
        `auth:\n  jwtSecret: '${randomChars("alnum", 20, "jwt-cfg-2")}#${randomChars("base64", 20, "jwt-cfg-2b")}'`,
      () =>
        `{\n  "Jwt": {\n    "Issuer": "https://api.internal",\n    "Key": "${randomChars("alnum", 40, "jwt-cfg-3")}",\n    "Audience": "clients"\n  }\n}`,
    ],
    negatives: [
      'jwt:\n  secret: "${JWT_SECRET}"',
      "jwtSecret: 'changeme'",
      'jwt_secret: "your-jwt-secret"',
      '{\n  "Jwt": {\n    "Key": "YourSuperSecretKeyHere"\n  }\n}',
    ],
    references: [
      "https://datatracker.ietf.org/doc/html/rfc7518#section-3.2",
      "https://cwe.mitre.org/data/definitions/321.html",
    ],
  },
  {
    id: "jwt-secret-in-code",
    name: "JWT signing secret passed to a JWT library in code",
    vendor: "JSON Web Token",
    family: "Signing Key",
    severity: "high",
    confidence: "medium",
    description:
      "An HMAC secret written as a string literal in the call that signs or verifies JSON Web Tokens: jsonwebtoken's jwt.sign(payload, '...') and jwt.verify(token, '...'), PyJWT's jwt.encode(payload, '...') and jwt.decode(token, '...'), ruby-jwt's JWT.encode / JWT.decode, golang-jwt's token.SignedString([]byte(\"...\")), and the secret given to NestJS's JwtModule.register({ secret }), passport-jwt's secretOrKey and express-jwt's expressjwt({ secret }), and ASP.NET Core's new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"...\")).",
    security: [
      "Anyone with the secret can sign tokens the application accepts: sign in as any user, with any role, for as long as they like.",
      "The secret is in every copy of the code: forks, builds, bundles sent to browsers and the repository's history.",
    ],
    mitigation: {
      revoke:
        "Generate a new random secret (at least 32 bytes, e.g. `openssl rand -base64 48`), read it from the environment or a secret store in the code, deploy it to every service that verifies the tokens, and let users sign in again: tokens signed with the old secret stop being accepted.",
      audit:
        "Review authentication logs for tokens with unusual subjects, roles or lifetimes issued during the exposure; they may have been forged.",
      bestPractices: [
        "never pass a literal to the signing call: read the key from configuration at start-up",
        "prefer asymmetric signing (RS256, ES256) so that verifying services hold no signing secret",
      ],
    },
    keywords: [
      "jwt.sign(",
      "jwt.verify(",
      "jwt.encode(",
      "jwt.decode(",
      "signedstring([]byte(",
      "jwtmodule.register",
      "secretorkey",
      "expressjwt(",
      "symmetricsecuritykey(",
    ],
    // The options object of JwtModule.register and expressjwt spans lines.
    window: { before: 16, after: 800, multiline: true },
    // The first argument: a name, a member, a call or an object literal on the line (one level of
    // nesting), then the literal. Or the `secret` of an options object (one level of nesting
    // before it), or passport-jwt's `secretOrKey`.
    pattern:
      /(?:(?:jwt|JWT)\.(?:sign|verify|encode|decode)\([ \t]{0,3}(?:[\w$.]{1,80}(?:\([^()\n]{0,80}\))?|\{(?:[^{}\n]|\{[^{}\n]{0,200}\}){0,300}\})[ \t]{0,3},[ \t]{0,3}|SignedString\(\[\]byte\(|(?:JwtModule\.register(?:Async)?\(|expressjwt\()\s{0,20}\{(?:[^{}]|\{[^{}]{0,200}\}){0,400}?\bsecret\s{0,3}:\s{0,3}|\bsecretOrKey\s{0,3}:\s{0,3}|SymmetricSecurityKey\([ \t]{0,3}Encoding\.(?:UTF8|ASCII|Unicode|Default)\.GetBytes\([ \t]{0,3})(?<q>["'\x60])(?<secret>(?:(?!\k<q>)[^\\\n]){8,200})\k<q>/,
    // A signing secret passed to the library is one whatever it looks like, so a passphrase of
    // capitalised words and digits (HorseGlacierQuill2022!) counts, as generic rules do not; so
    // does any chosen value handed to .NET's SymmetricSecurityKey, which has no other use.
    validate: (secret, context) =>
      (WORDS_AND_DIGITS.test(secret) || context.window.startsWith("SymmetricSecurityKey(", context.index)
        ? placeholderValueReason(secret)
        : genericValueReason(secret, { minLength: 8 })) ?? true,
    examples: [
      () =>
        `  return jwt.sign({ sub: user.id, role: user.role }, '${randomChars("base64", 44, "jwt-code-1")}', { expiresIn: '1h' });`,
      () =>
        `const claims = jwt.verify(req.headers.authorization, "${randomChars("alnum", 32, "jwt-code-2")}");`,
      () => `token = jwt.encode(payload, "${randomChars("hexLower", 64, "jwt-code-3")}", algorithm="HS256")`,
      () => `JWT.encode(payload, '${randomChars("alnum", 40, "jwt-code-4")}', 'HS256')`,
      () => `signed, err := token.SignedString([]byte("${randomChars("alnum", 32, "jwt-code-5")}"))`,
      () =>
        `  imports: [\n    JwtModule.register({\n      global: true,\n      secret: '${["Horse", "Glacier", "Quill", "Signal"].join("")}${2022}!',\n      signOptions: { expiresIn: '15m' },\n    }),\n  ],`,
      () =>
        `    super({\n      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),\n      secretOrKey: "${randomChars("base64", 44, "jwt-code-7")}",\n    });`,
      () =>
        `app.use(expressjwt({ algorithms: ["HS256"], secret: '${randomChars("alnum", 40, "jwt-code-8")}' }));`,
      // ASP.NET Core's JwtBearer options, the key written into Program.cs.
      () =>
        `        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${["Horizon", "Ledger", "Signing"].join("-")}-${randomChars("digits", 12, "jwt-code-9")}")),`,
    ],
    negatives: [
      "jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '1h' })",
      "jwt.sign({ foo: 'bar' }, 'shhhhh');",
      "token = jwt.encode(payload, settings.SECRET_KEY, algorithm='HS256')",
      "jwt.verify(token, 'your-secret-key')",
      'signed, err := token.SignedString([]byte(os.Getenv("JWT_SECRET")))',
      "JwtModule.register({\n  secret: process.env.JWT_SECRET,\n  signOptions: { expiresIn: '60s' },\n})",
      "secretOrKey: 'MySuperSecretKey',",
      "    secretOrKey: configService.get<string>('JWT_SECRET'),",
      'IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!)),',
    ],
    references: [
      "https://github.com/auth0/node-jsonwebtoken#usage",
      "https://pyjwt.readthedocs.io/en/stable/usage.html",
      "https://cwe.mitre.org/data/definitions/321.html",
    ],
  },
  {
    id: "android-buildconfig-secret",
    name: "Secret in an Android buildConfigField",
    vendor: "Android",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "A Gradle `buildConfigField` whose name says it holds a key, token, secret or password, with a literal value. The Android Gradle plugin compiles it into the app's BuildConfig class, so the value ships in every APK and can be read back from it, besides being in the repository.",
    security: [
      "Anyone with the source or the published app can extract the value and call the service it belongs to as the app.",
      "Keys embedded in apps are rarely rotated, so a leaked one usually stays valid.",
    ],
    mitigation: {
      revoke:
        "Revoke the key at the service it belongs to and issue a new one; then take it out of build.gradle (read it from local.properties, an environment variable or the CI secret store) and, where possible, move the call behind your own server.",
      audit:
        "Review the service's usage logs for calls from clients that are not your app during the exposure.",
      bestPractices: [
        "keep keys out of build files: inject them from local.properties or CI secrets, which are not committed",
        "restrict client keys to the app's package name and signing certificate where the service supports it",
      ],
    },
    keywords: ["buildconfigfield"],
    pattern:
      /buildConfigField[ \t(]{1,3}["']String["'][ \t]{0,3},[ \t]{0,3}["'][A-Za-z0-9_]{0,30}(?:KEY|TOKEN|SECRET|PASSWORD|Key|Token|Secret|Password)[A-Za-z0-9_]{0,20}["'][ \t]{0,3},[ \t]{0,3}['"]\\?"(?<secret>[^"\\\s]{8,200})\\?"['"]/,
    validate: (secret) => genericValueReason(secret, { minLength: 8 }) ?? true,
    examples: [
      () => `buildConfigField 'String', 'API_KEY', '"${randomChars("hexLower", 32, "android-bcf-1")}"'`,
      () => `buildConfigField("String", "MAPS_TOKEN", "\\"${randomChars("alnum", 40, "android-bcf-2")}\\"")`,
    ],
    negatives: [
      `buildConfigField 'String', 'API_KEY', '"' + System.getenv('API_KEY') + '"'`,
      `buildConfigField "String", "API_KEY", "\\"\${apiKey}\\""`,
      `buildConfigField 'String', 'BASE_URL', '"https://api.example.com/v1"'`,
    ],
    references: [
      "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
      "https://cwe.mitre.org/data/definitions/798.html",
    ],
  },
  {
    id: "terraform-variable-secret-default",
    name: "Terraform variable with a secret default",
    vendor: "HashiCorp Terraform",
    family: "Password",
    severity: "high",
    // Low, like the generic rules: a vendor detector anchored on the same variable (okta_api_token)
    // knows the value's format and wins the overlap.
    confidence: "low",
    description:
      'A Terraform (or OpenTofu) input variable named for a credential (db_password, api_token, client_secret) whose default = "..." holds a literal value. The default is used whenever no other value is given, and ends up in plans and state as well as in the module\'s source.',
    security: [
      "The value opens the database, service or cloud account the module configures.",
      "Modules are shared and published; a default credential reaches every copy of the module and every state file built from it.",
    ],
    mitigation: {
      revoke:
        "Change the credential in the system it belongs to (database, API provider, cloud console), remove the default so that the variable must be given, and pass the new value from a secret store (TF_VAR_ environment variables, Vault or the cloud's secret manager).",
      revokeUrl:
        "https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables",
      audit:
        "Review the authentication logs of the system the credential opens for logins from unknown addresses, and check who has read access to state files built with the default.",
      bestPractices: [
        "mark credential variables `sensitive = true` and give them no default",
        "generate passwords with the random_password resource or read them from a secret manager data source",
      ],
    },
    keywords: ["variable"],
    // "variable" is a common word in code: a window opens only at a variable block's header.
    keywordGate: /[ \t]{1,3}"[A-Za-z_][\w-]{0,63}"[ \t]{0,3}\{/,
    window: { before: 16, after: 1024, multiline: true },
    pattern:
      /(?<![\w-])variable[ \t]{1,3}"(?<name>[A-Za-z_][\w-]{0,63})"[ \t]{0,3}\{(?:[^{}"]|"[^"\r\n]{0,200}"){0,600}?(?<![\w-])default[ \t]{0,8}=[ \t]{0,3}"(?<secret>[^"\s$\\]{6,200})"/,
    validate: terraformDefaultValidator,
    examples: [
      () =>
        `variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "${pw("tf1", 18)}"\n}`,
      () =>
        `variable "datadog_api_key" {\n  description = "Datadog API key"\n  default = "${randomChars("hexLower", 32, "config-tf2")}"\n}`,
    ],
    negatives: [
      'variable "db_password" {\n  type = string\n  default = "changeme"\n}',
      'variable "db_password_length" {\n  default = "24"\n}',
      'variable "db_password" {\n  type = string\n}\nvariable "region" { default = "eu-west-1" }',
      'variable "api_token" {\n  default = "${var.other}"\n}',
    ],
    references: ["https://developer.hashicorp.com/terraform/language/values/variables#default-values"],
  },
];
