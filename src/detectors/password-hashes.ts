import { createHash } from "node:crypto";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation, Validator } from "../catalog/types.js";

/*
 * Password hashes in the modular crypt format ($id$salt$hash): bcrypt, SHA-crypt and MD5-crypt,
 * as /etc/shadow, .htpasswd files, database dumps, seed data and configuration (Grafana, Traefik,
 * Ansible user modules) store them. A hash is not the password, but it lets an attacker guess
 * the password offline at the speed of their hardware, without rate limits or lockouts, so it
 * is reported at a severity below a live key. The salt and hash alphabets are fixed
 * ([./A-Za-z0-9]) and so are their lengths, which keeps matches precise.
 */

const CRYPT = "[./A-Za-z0-9]";
const NOT_CRYPT_BEFORE = "(?<![./A-Za-z0-9])";
const NOT_CRYPT_AFTER = "(?![./A-Za-z0-9$])";

/**
 * A salt or hash of one repeated character, or of the alphabet written out in order, is a
 * documentation sample or a format illustration, not the hash of a real password.
 */
const notASample: Validator = (secret) => {
  const body = secret.slice(secret.lastIndexOf("$") + 1);
  if (new Set(body).size < body.length / 4) return "too few distinct characters for a hash";
  if (/abcdefghij|ABCDEFGHIJ|0123456789|\.\/0123/.test(secret)) return "the crypt alphabet written in order";
  return true;
};

const mitigation = (scheme: string): Mitigation => ({
  revoke: `Treat the password behind the hash as exposed: change it for the account the hash belongs to (passwd <user> for a system account, htpasswd <file> <user> for a web server, the application's password reset for a user table) and make sure the old password is not used anywhere else. Then remove the hash from the repository and its history. ${scheme}`,
  revokeUrl: "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
  audit:
    "Review the sign-in logs of the system the account belongs to (auth.log, the web server's access log, the application's login history) for logins from unknown addresses since the hash was exposed.",
  bestPractices: [
    "never commit password hashes: seed test data with hashes of throwaway passwords generated at setup, and keep shadow and .htpasswd files out of version control",
    "store passwords with a slow, salted algorithm (Argon2id, scrypt or bcrypt with a cost of 12 or more)",
  ],
});

const securityOf = (speed: string) => [
  `An attacker can guess the password offline, without rate limits or lockouts: ${speed}.`,
  "A cracked password opens the account, and every other system where its owner reused it.",
];

/** {SHA} and {MD5} of the empty string: an account without a password, not a secret. */
const EMPTY_PASSWORD_DIGESTS = new Set(
  ["sha1", "sha256", "sha512", "md5"].map((algorithm) => createHash(algorithm).update("").digest("base64")),
);

const salt = (label: string, length: number) =>
  randomChars(
    `./${"0123456789"}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz`,
    length,
    `hash-${label}`,
  );

export const detectors: Detector[] = [
  {
    id: "bcrypt-password-hash",
    name: "bcrypt password hash",
    vendor: "Password hash",
    family: "Password Hash",
    severity: "low",
    confidence: "medium",
    description:
      "A bcrypt password hash ($2a$, $2b$, $2y$ followed by a two-digit cost, a 22-character salt and a 31-character hash), as web applications, .htpasswd files and database seeds store user passwords. It is not the password, but a copy of what the server checks passwords against.",
    security: securityOf(
      "bcrypt is deliberately slow, so strong passwords resist, but common and short ones fall to dictionary attacks, faster at low cost factors ($04$ to $08$)",
    ),
    mitigation: mitigation("Hash new passwords at a cost of 12 or more."),
    keywords: ["$2a$", "$2b$", "$2y$", "$2x$"],
    pattern: new RegExp(
      `${NOT_CRYPT_BEFORE}(?<secret>\\$2[abxy]\\$(?:0[4-9]|[12][0-9]|3[01])\\$${CRYPT}{53})${NOT_CRYPT_AFTER}`,
    ),
    validate: notASample,
    skipPlaceholderCheck: true,
    examples: [
      () => `admin:$2y$10$${salt("b1", 53)}`,
      () => `INSERT INTO users (email, password) VALUES ('ops@acme.example', '$2b$12$${salt("b2", 53)}');`,
      () => `  password_hash: "$2a$10$${salt("b3", 53)}"`,
    ],
    negatives: [
      "$2b$10$..................................................... (format)",
      "hash = '$2y$10$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'",
      () => `$2b$10$${salt("b-short", 40)}`,
    ],
    references: ["https://en.wikipedia.org/wiki/Bcrypt", "https://www.openwall.com/crypt/"],
  },
  {
    id: "sha-crypt-password-hash",
    name: "SHA-crypt password hash ($5$ / $6$)",
    vendor: "Password hash",
    family: "Password Hash",
    severity: "low",
    confidence: "medium",
    description:
      "A SHA-256-crypt ($5$) or SHA-512-crypt ($6$) password hash, the default of Linux /etc/shadow, of `mkpasswd` and `openssl passwd -6`, and of Ansible, cloud-init and kickstart user definitions: an optional rounds=N, a salt of up to 16 characters and a 43- or 86-character hash.",
    security: securityOf(
      "SHA-crypt is iterated (5,000 rounds by default) but much faster on GPUs than bcrypt or Argon2, so weak passwords are cracked quickly",
    ),
    mitigation: mitigation(
      "For cloud-init, kickstart or Ansible users, prefer SSH keys and a locked password (`lock_passwd: true`, `password_lock: true`).",
    ),
    keywords: ["$5$", "$6$"],
    pattern: new RegExp(
      `${NOT_CRYPT_BEFORE}(?<secret>\\$(?:5\\$(?:rounds=[0-9]{4,9}\\$)?${CRYPT}{1,16}\\$${CRYPT}{43}|6\\$(?:rounds=[0-9]{4,9}\\$)?${CRYPT}{1,16}\\$${CRYPT}{86}))${NOT_CRYPT_AFTER}`,
    ),
    validate: notASample,
    skipPlaceholderCheck: true,
    examples: [
      () => `root:$6$${salt("s1", 16)}$${salt("s1h", 86)}:19700:0:99999:7:::`,
      () => `    passwd: "$6$rounds=4096$${salt("s2", 12)}$${salt("s2h", 86)}"`,
      () => `deploy:$5$${salt("s3", 16)}$${salt("s3h", 43)}:19500::::::`,
    ],
    negatives: [
      "root:$6$salt$hash:19700:0:99999:7:::",
      () => `root:$6$${salt("s-short", 16)}$${salt("s-shorth", 60)}:19700:0:99999:7:::`,
      "root:!:19700:0:99999:7:::",
    ],
    references: [
      "https://www.akkadia.org/drepper/SHA-crypt.txt",
      "https://man7.org/linux/man-pages/man5/shadow.5.html",
    ],
  },
  {
    id: "cisco-password-hash",
    name: "Cisco IOS type 8 / type 9 password hash",
    vendor: "Password hash",
    family: "Password Hash",
    severity: "low",
    confidence: "medium",
    description:
      "A Cisco IOS / IOS XE secret of type 8 (PBKDF2-SHA256, $8$) or type 9 (scrypt, $9$), as `enable algorithm-type sha256|scrypt secret` and `username ... secret` store it in a running configuration: a 14-character salt and a 43-character hash in the crypt alphabet.",
    security: securityOf(
      "type 8 is PBKDF2 with 20,000 iterations and type 9 is scrypt, slower than SHA-crypt, but short or common enable passwords still fall to a dictionary attack",
    ),
    mitigation: mitigation(
      "On the device, set a new secret (`enable algorithm-type scrypt secret`, `username <name> algorithm-type scrypt secret`) and keep configuration backups out of repositories.",
    ),
    keywords: ["$8$", "$9$"],
    pattern: new RegExp(
      `${NOT_CRYPT_BEFORE}(?<secret>\\$[89]\\$${CRYPT}{14}\\$${CRYPT}{43})${NOT_CRYPT_AFTER}`,
    ),
    validate: notASample,
    skipPlaceholderCheck: true,
    examples: [
      () => `enable secret 9 $9$${salt("c1", 14)}$${salt("c1h", 43)}`,
      () => `username admin privilege 15 secret 8 $8$${salt("c2", 14)}$${salt("c2h", 43)}`,
    ],
    negatives: [
      "enable secret 9 $9$salt$hash",
      () => `enable secret 8 $8$${salt("c-short", 14)}$${salt("c-shorth", 30)}`,
    ],
    references: [
      "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/221058-cisco-password-types-best-practices.html",
      "https://hashcat.net/wiki/doku.php?id=example_hashes",
    ],
  },
  {
    id: "md5-crypt-password-hash",
    name: "MD5-crypt password hash ($1$ / $apr1$)",
    vendor: "Password hash",
    family: "Password Hash",
    severity: "medium",
    confidence: "medium",
    description:
      "An MD5-crypt password hash: $1$ from old Linux and BSD shadow files and `openssl passwd -1`, or Apache's $apr1$ variant in .htpasswd files (user:$apr1$salt$hash), which nginx and Traefik basic-auth also read. A salt of up to 8 characters and a 22-character hash.",
    security: securityOf(
      "MD5-crypt is fast on GPUs (billions of guesses per second across a rig), so most human-chosen passwords are recovered in hours",
    ),
    mitigation: mitigation(
      "Re-create .htpasswd entries with bcrypt (`htpasswd -B`) and shadow entries with SHA-512-crypt or yescrypt.",
    ),
    keywords: ["$1$", "$apr1$"],
    pattern: new RegExp(
      `${NOT_CRYPT_BEFORE}(?<secret>\\$(?:1|apr1)\\$${CRYPT}{1,8}\\$${CRYPT}{22})${NOT_CRYPT_AFTER}`,
    ),
    validate: notASample,
    skipPlaceholderCheck: true,
    examples: [
      () => `admin:$apr1$${salt("m1", 8)}$${salt("m1h", 22)}`,
      () => `traefik.http.middlewares.auth.basicauth.users=ops:$$apr1$${salt("m2", 8)}$${salt("m2h", 22)}`,
      () => `root:$1$${salt("m3", 8)}$${salt("m3h", 22)}:17000:0:99999:7:::`,
    ],
    negatives: [
      "admin:$apr1$salt$hash",
      "user:$apr1$xxxxxxxx$xxxxxxxxxxxxxxxxxxxxxx",
      () => `admin:$apr1$${salt("m-short", 8)}$${salt("m-shorth", 16)}`,
    ],
    references: ["https://httpd.apache.org/docs/current/misc/password_encryptions.html"],
  },
  {
    id: "django-password-hash",
    name: "Django password hash",
    vendor: "Password hash",
    family: "Password Hash",
    severity: "low",
    confidence: "medium",
    description:
      "A password hash as Django stores it in its user table and its fixtures: the hasher's name, then its parameters, salt and hash separated by $ (pbkdf2_sha256$600000$salt$hash, argon2$argon2id$v=19$m=...,t=...,p=...$salt$hash, bcrypt_sha256$$2b$12$..., scrypt$...). Fixtures and database dumps committed with real users carry them.",
    security: securityOf(
      "PBKDF2 at Django's iteration counts, Argon2 and scrypt are slow to guess, but common and short passwords still fall to dictionary attacks",
    ),
    mitigation: mitigation(
      "For Django fixtures, create users in a migration or a management command with passwords generated at setup (`User.objects.create_user`), not from a committed hash.",
    ),
    keywords: ["pbkdf2_sha", "argon2$argon2", "bcrypt_sha256$", "scrypt$"],
    pattern:
      /(?<![\w$])(?<secret>(?:pbkdf2_sha(?:1|256)\$[0-9]{4,7}\$[A-Za-z0-9]{4,64}\$[A-Za-z0-9+/]{27,43}=?|argon2\$argon2(?:id|i|d)\$v=[0-9]{2}\$m=[0-9]{1,7},t=[0-9]{1,3},p=[0-9]{1,3}\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{22,86}|bcrypt(?:_sha256)?\$\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}|scrypt\$[0-9]{4,8}\$[A-Za-z0-9]{4,64}\$[0-9]{1,3}\$[0-9]{1,3}\$[A-Za-z0-9+/]{43,88}=*))(?![\w$+/=])/,
    validate: notASample,
    skipPlaceholderCheck: true,
    examples: [
      () =>
        `      "password": "pbkdf2_sha256$600000$${salt("d1s", 22).replace(/[./]/g, "x")}$${randomChars("base64", 43, "hash-d1")}=",`,
      () =>
        `password: argon2$argon2id$v=19$m=102400,t=2,p=8$${randomChars("base64", 22, "hash-d2s")}$${randomChars("base64", 43, "hash-d2")}`,
      () =>
        `INSERT INTO auth_user (username, password) VALUES ('ops', 'bcrypt_sha256$$2b$12$${salt("d3", 53)}');`,
    ],
    negatives: [
      "PASSWORD_HASHERS = ['django.contrib.auth.hashers.PBKDF2PasswordHasher']",
      "algorithm = 'pbkdf2_sha256'",
      () => `"password": "pbkdf2_sha256$600000$${"a".repeat(22)}$${"A".repeat(43)}="`,
    ],
    references: [
      "https://docs.djangoproject.com/en/stable/topics/auth/passwords/#how-django-stores-passwords",
    ],
  },
  {
    id: "yescrypt-password-hash",
    name: "yescrypt password hash ($y$)",
    vendor: "Password hash",
    family: "Password Hash",
    severity: "low",
    confidence: "medium",
    description:
      "A yescrypt ($y$) or gost-yescrypt ($gy$) password hash, the default of /etc/shadow on Debian 11, Ubuntu 22.04, Fedora 35 and later: parameters, a salt and a 43-character hash.",
    security: securityOf(
      "yescrypt is slow and memory-hard, so only weak or common passwords fall, but those do",
    ),
    mitigation: mitigation(""),
    keywords: ["$y$", "$gy$"],
    pattern: new RegExp(
      `${NOT_CRYPT_BEFORE}(?<secret>\\$g?y\\$${CRYPT}{1,16}\\$${CRYPT}{1,86}\\$${CRYPT}{43})${NOT_CRYPT_AFTER}`,
    ),
    validate: notASample,
    skipPlaceholderCheck: true,
    examples: [
      () => `deploy:$y$j9T$${salt("y1", 22)}$${salt("y1h", 43)}:19410:0:99999:7:::`,
      () => `    password: "$y$j9T$${salt("y2", 22)}$${salt("y2h", 43)}"`,
    ],
    negatives: ["root:$y$j9T$salt$hash:19700:0:99999:7:::", "root:*:19700:0:99999:7:::"],
    references: ["https://man.archlinux.org/man/crypt.5"],
  },
  {
    id: "ldap-password-hash",
    name: "LDAP-style password hash ({SSHA}, {SHA}, {MD5}...)",
    vendor: "Password hash",
    family: "Password Hash",
    severity: "medium",
    confidence: "medium",
    description:
      "A password hash in the RFC 2307 scheme notation: {SHA} and {SSHA} (salted), {SSHA256}, {SSHA512}, {MD5}, {SMD5}, then base64 of the digest (and salt). OpenLDAP's userPassword and rootpw, slappasswd output, LDIF exports and Apache .htpasswd files ({SHA}) store them.",
    security: securityOf(
      "these are single, fast hashes: a GPU tries billions of guesses a second against SHA-1 and MD5, and the unsalted {SHA} and {MD5} fall to precomputed tables",
    ),
    mitigation: mitigation(
      "For OpenLDAP, store new passwords with a slow scheme (the argon2 or pbkdf2 overlays) instead of {SSHA}.",
    ),
    keywords: ["{sha", "{ssha", "{md5}", "{smd5}"],
    pattern:
      /(?<![A-Za-z0-9])(?<secret>\{(?<scheme>S?SHA(?:256|512)?|S?MD5)\}[A-Za-z0-9+/]{22,200}={0,2})(?![A-Za-z0-9+/=])/i,
    validate: (secret, context) => {
      const scheme = (context.groups.scheme ?? "").toUpperCase();
      const bytes = Buffer.from(secret.slice(secret.indexOf("}") + 1), "base64").length;
      const digest = { SHA: 20, SHA256: 32, SHA512: 64, MD5: 16 }[scheme.replace(/^S(?=SHA|MD5)/, "")] ?? 0;
      const salted = scheme.startsWith("SS") || scheme === "SMD5";
      if (salted ? bytes <= digest : bytes !== digest) return `${bytes} bytes is not a ${scheme} value`;
      if (EMPTY_PASSWORD_DIGESTS.has(secret.slice(secret.indexOf("}") + 1)))
        return "the hash of an empty password";
      return notASample(secret, context);
    },
    skipPlaceholderCheck: true,
    examples: [
      () => `rootpw\t\t{SSHA}${randomChars("base64", 32, "hash-ssha-1")}`,
      () => `grafana-proxy:{SHA}${Buffer.from(randomChars("alnum", 20, "hash-sha-2")).toString("base64")}`,
      () =>
        `dn: uid=jdoe,ou=people,dc=corp\nuserPassword: {SSHA512}${Buffer.from(randomChars("alnum", 72, "hash-ssha512-3")).toString("base64")}`,
    ],
    negatives: [
      "userPassword: {SSHA}...",
      () => `nobody:{SHA}${createHash("sha1").update("").digest("base64")}`,
      // 24 base64 characters are 18 bytes: no SHA-1 digest.
      () => `admin:{SHA}${randomChars("alnum", 24, "hash-sha-short")}`,
    ],
    references: [
      "https://www.openldap.org/faq/data/cache/347.html",
      "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
    ],
  },
];
