import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Spring's own secrets: Spring Cloud Config's symmetric encryption key, the one setting that
 * decrypts every `{cipher}` value the config server serves; and passwords stored for Spring
 * Security with the `{noop}` prefix, which says they are kept in clear.
 */

export const detectors: Detector[] = [
  {
    id: "spring-cloud-config-encrypt-key",
    name: "Spring Cloud Config symmetric encryption key",
    vendor: "Spring",
    family: "Encryption Key",
    severity: "high",
    description:
      "Spring Cloud Config encrypts property values (`{cipher}...` in the configuration repository) with a symmetric key set as `encrypt.key` (or ENCRYPT_KEY) in the config server's or a client's bootstrap configuration. The same key decrypts every encrypted value of every application the server serves.",
    security: [
      "With the key anyone who reads the configuration repository decrypts all its `{cipher}` values: database passwords, API keys, signing secrets.",
      "It also lets an attacker encrypt values the config server will serve as genuine.",
    ],
    mitigation: {
      revoke:
        "Choose a new key (or move to an RSA key store, encrypt.key-store.*), re-encrypt every {cipher} value with it through the server's /encrypt endpoint, and rotate the secrets those values held: whoever had the old key has read them.",
      revokeUrl: "https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html",
      audit:
        "Review who could read the configuration repository, and the use of the credentials its encrypted values hold.",
      bestPractices: [
        "give the config server its key from the environment or a secret store, never in a committed properties file",
        "prefer an asymmetric key pair in a key store",
      ],
    },
    keywords: ["encrypt.key", "encrypt_key"],
    pattern:
      /(?<![\w.-])(?:encrypt\.key|ENCRYPT_KEY)[ \t]{0,4}[=:][ \t]{0,4}(?<q>["']?)(?<secret>[^\s"'$#]{12,200})\k<q>[ \t]*(?:#|\r?$)/m,
    validate: chosenPassword,
    examples: [
      () =>
        `# symmetric key used to decrypt {cipher} values served by the config server\nencrypt.key=${randomChars("alnum", 32, "spring-encrypt-1")}\n`,
      () => `      - ENCRYPT_KEY=${randomChars("alnum", 24, "spring-encrypt-2")}\n`,
    ],
    negatives: ["encrypt.key=${ENCRYPT_KEY}\n", "encrypt.key-store.location=classpath:/server.jks\n"],
    references: [
      "https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html",
    ],
  },
  {
    id: "spring-security-noop-password",
    name: "Spring Security password stored in clear ({noop})",
    vendor: "Spring",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "Spring Security's DelegatingPasswordEncoder reads the prefix of a stored password to pick its encoder; `{noop}` means none: the rest is the password in clear. It turns up in users' and OAuth clients' seed data (SQL migrations, data.sql, YAML), in in-memory user definitions and in tests copied to production.",
    security: [
      "The value is the account's or the OAuth client's actual password: whoever reads the file signs in with it.",
      "Seed data runs in every environment it is deployed to, production included.",
    ],
    mitigation: {
      revoke:
        "Change the password (or the client secret) and store it hashed ({bcrypt}, {argon2}), never with {noop}; rotate it wherever the seed data already ran.",
      revokeUrl:
        "https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html#authentication-password-storage-dpe",
      audit:
        "Review the authorization server's and the application's sign-in logs for the account or client.",
      bestPractices: ["seed credentials from the environment, hashed, not from committed files"],
    },
    keywords: ["{noop}"],
    pattern: /(?<q>["'])\{noop\}(?<secret>[^"'\s\\]{6,128})\k<q>/,
    validate: chosenPassword,
    examples: [
      () =>
        `INSERT INTO oauth2_registered_client (id, client_id, client_secret, client_name)\nVALUES ('c2b7', 'reporting', '{noop}${randomChars("alnum", 32, "spring-noop-1")}', 'Reporting');`,
      () => `        client-secret: "{noop}${randomChars("alnum", 24, "spring-noop-2")}"`,
      () =>
        `User.withUsername("ops").password("{noop}${randomChars("alnum", 14, "spring-noop-3")}").roles("ADMIN").build();`,
    ],
    negatives: ['User.withUsername("user").password("{noop}password")', "password: '{noop}changeme'"],
    references: [
      "https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html#authentication-password-storage-dpe-format",
    ],
  },
];
