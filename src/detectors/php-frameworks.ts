import { createHash } from "node:crypto";
import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation, Validator } from "../catalog/types.js";

/*
 * The application secrets PHP applications keep in their own configuration files, each under
 * the one setting the framework reads: Drupal's hash_salt, Magento's crypt key, CodeIgniter's
 * encryption key, Yii's cookieValidationKey, CakePHP's Security.salt and phpMyAdmin's
 * blowfish_secret. The setting names the value exactly.
 */

/**
 * SHA-256 prefixes of the salt and cipher seed CakePHP 2's app skeleton ships in core.php
 * (DYhG93b0..., 76859309...): every site that never changed them has the same, public values.
 */
const CAKEPHP_DEFAULTS = new Set(["b2fc7396f13e72e8", "10d49cd0ea8eaa4a"]);

const cakeSaltValidator: Validator = (secret, context) => {
  if (CAKEPHP_DEFAULTS.has(createHash("sha256").update(secret).digest("hex").slice(0, 16)))
    return "the default of CakePHP's app skeleton";
  // The cipher seed is digits by design.
  if (context.groups.setting === "cipherSeed") {
    if (!/^\d{12,}$/.test(secret)) return "not a cipher seed's digits";
    return new Set(secret).size < 6 ? "too few distinct digits for a random seed" : true;
  }
  return sentenceReason(secret) ?? chosenPassword(secret, context);
};

/** `there_is_no_security_here_we_are_just_testing`: a sentence written where a key goes. */
function sentenceReason(secret: string): string | undefined {
  return /^[a-z]+(?:[_ -][a-z]+){3,}$/i.test(secret) ? "a sentence, not a key" : undefined;
}

const rotate = (how: string, effect: string): Mitigation => ({
  revoke: `${how} ${effect} Then remove the value from the repository and its history.`,
  audit:
    "Review the application's sessions, password resets and admin accounts for activity you did not expect since the file was committed.",
  bestPractices: [
    "keep the file that holds the secret out of version control (settings.local.php, app/etc/env.php, .env), or read the value from the environment",
  ],
});

const alnum = (label: string, length: number) => randomChars("alnum", length, `php-${label}`);

export const detectors: Detector[] = [
  {
    id: "drupal-hash-salt",
    name: "Drupal hash_salt",
    vendor: "Drupal",
    family: "Signing Key",
    severity: "high",
    description:
      "Drupal's `$settings['hash_salt']` in settings.php: the site's secret salt for one-time login links, form tokens and session IDs.",
    security: [
      "With the salt an attacker forges one-time login and password-reset links and form tokens, which is a path to an administrator's session.",
    ],
    mitigation: rotate(
      'Generate a new salt (`drush eval "echo Drupal\\Component\\Utility\\Crypt::randomBytesBase64(55)"`) and set it, better from a file outside the web root.',
      "Existing one-time links and sessions stop working.",
    ),
    keywords: ["hash_salt"],
    pattern:
      /\$settings\[\s{0,3}['"]hash_salt['"]\s{0,3}\]\s{0,3}=\s{0,3}(?<q>['"])(?<secret>[^'"\n]{16,200})\k<q>/,
    validate: chosenPassword,
    examples: [() => `$settings['hash_salt'] = '${randomChars("base64url", 74, "php-drupal-1")}';`],
    negatives: [
      "$settings['hash_salt'] = '';",
      "$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');",
    ],
    references: [
      "https://www.drupal.org/docs/getting-started/installing-drupal/step-3-create-settingsphp-and-the-files-directory",
    ],
  },
  {
    id: "magento-crypt-key",
    name: "Magento encryption key (app/etc/env.php)",
    vendor: "Adobe Commerce (Magento)",
    family: "Encryption Key",
    severity: "critical",
    description:
      "Magento's and Adobe Commerce's `'crypt' => ['key' => '...']` in app/etc/env.php: the key that encrypts payment-method credentials, integration tokens and other secrets in the database.",
    security: [
      "With the database or a backup, the key decrypts every stored secret: payment gateway credentials, API integration tokens, SMTP passwords.",
      "Leaked keys of Magento stores have been used to forge admin tokens (CosmicSting, CVE-2024-34102).",
    ],
    mitigation: rotate(
      "Rotate the key with `bin/magento encryption:key:change` (it re-encrypts stored values), then rotate the secrets the old key protected.",
      "",
    ),
    keywords: ["'crypt'", '"crypt"'],
    window: { before: 16, after: 200, multiline: true },
    pattern:
      /['"]crypt['"]\s{0,3}=>\s{0,3}(?:\[|array\()\s{0,40}['"]key['"]\s{0,3}=>\s{0,3}(?<q>['"])(?<secret>[0-9A-Za-z:+/=_-]{32,200})\k<q>/,
    validate: chosenPassword,
    examples: [
      () => `    'crypt' => [\n        'key' => '${randomChars("hexLower", 32, "php-magento-1")}'\n    ],`,
    ],
    negatives: ["    'crypt' => [\n        'key' => ''\n    ],"],
    references: [
      "https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-envphp#crypt",
    ],
  },
  {
    id: "codeigniter-encryption-key",
    name: "CodeIgniter encryption key",
    vendor: "CodeIgniter",
    family: "Encryption Key",
    severity: "high",
    description:
      "CodeIgniter's encryption key: `$config['encryption_key']` (CodeIgniter 3, often hex2bin('...')) and `encryption.key` in CodeIgniter 4's .env (`hex2bin:...` or `base64:...`), used by its Encryption library and encrypted sessions or cookies.",
    security: [
      "Whatever the application encrypted with the library (tokens, cookies, stored fields) can be decrypted and forged.",
    ],
    mitigation: rotate(
      "Generate a new key (`php spark key:generate` on CodeIgniter 4) and re-encrypt what the old one protected.",
      "",
    ),
    keywords: ["encryption_key", "encryption.key"],
    pattern:
      /(?:\$config\[\s{0,3}['"]encryption_key['"]\s{0,3}\]\s{0,3}=\s{0,3}(?:hex2bin\(\s{0,3})?['"]|^[ \t]{0,4}encryption\.key[ \t]{0,4}=[ \t]{0,4}['"]?(?:hex2bin:|base64:)?)(?<secret>[A-Za-z0-9+/=]{16,200})/m,
    validate: chosenPassword,
    examples: [
      () => `$config['encryption_key'] = hex2bin('${randomChars("hexLower", 64, "php-ci-1")}');`,
      () => `encryption.key = hex2bin:${randomChars("hexLower", 64, "php-ci-2")}`,
    ],
    negatives: ["$config['encryption_key'] = '';", "# encryption.key ="],
    references: ["https://codeigniter.com/user_guide/libraries/encryption.html#setting-your-encryption-key"],
  },
  {
    id: "phpmyadmin-blowfish-secret",
    name: "phpMyAdmin blowfish_secret",
    vendor: "phpMyAdmin",
    family: "Encryption Key",
    severity: "medium",
    description:
      "`$cfg['blowfish_secret']` in phpMyAdmin's config.inc.php: the key that encrypts the MySQL password phpMyAdmin keeps in the user's cookie with cookie authentication.",
    security: [
      "With the secret, a phpMyAdmin cookie (stolen, or from a shared browser) decrypts to the user's MySQL password.",
    ],
    mitigation: rotate("Set a new 32-byte secret in config.inc.php (users sign in again).", ""),
    keywords: ["blowfish_secret"],
    pattern:
      /\$cfg\[\s{0,3}['"]blowfish_secret['"]\s{0,3}\]\s{0,3}=\s{0,3}(?<q>['"])(?<secret>[^'"\n]{16,128})\k<q>/,
    validate: chosenPassword,
    examples: [
      () => `$cfg['blowfish_secret'] = '${alnum("pma-1", 32)}'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */`,
    ],
    negatives: ["$cfg['blowfish_secret'] = ''; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */"],
    references: ["https://docs.phpmyadmin.net/en/latest/config.html#cfg_blowfish_secret"],
  },
  {
    id: "phpmyadmin-controlpass",
    name: "phpMyAdmin control user password",
    vendor: "phpMyAdmin",
    family: "Password",
    severity: "high",
    description:
      "`$cfg['Servers'][$i]['controlpass']` in phpMyAdmin's config.inc.php: the password of the control user (controluser, often `pma`), the MySQL account phpMyAdmin uses for its configuration storage and, on many installs, with rights over the mysql database.",
    security: [
      "The password signs in to MySQL as the control user: phpMyAdmin's stored queries, bookmarks and settings of every user, and whatever else the account was granted.",
    ],
    mitigation: rotate(
      "Change the control user's password in MySQL (`ALTER USER 'pma'@'localhost' IDENTIFIED BY '...'`) and in config.inc.php, which should not be in version control.",
      "",
    ),
    keywords: ["controlpass"],
    pattern:
      /^[ \t]{0,8}\$cfg\[\s{0,3}['"]Servers['"]\s{0,3}\]\[\s{0,3}\$?\w{1,8}\s{0,3}\]\[\s{0,3}['"]controlpass['"]\s{0,3}\]\s{0,3}=\s{0,3}(?<q>['"])(?<secret>[^'"\n]{6,128})\k<q>/m,
    validate: chosenPassword,
    examples: [
      () =>
        `$cfg['Servers'][$i]['controluser'] = 'pma';\n$cfg['Servers'][$i]['controlpass'] = '${alnum("pma-cp", 13)}';`,
    ],
    negatives: [
      "$cfg['Servers'][$i]['controlpass'] = '';",
      "// $cfg['Servers'][$i]['controlpass'] = 'pmapass';",
    ],
    references: ["https://docs.phpmyadmin.net/en/latest/config.html#cfg_Servers_controlpass"],
  },
  {
    id: "yii-cookie-validation-key",
    name: "Yii cookieValidationKey",
    vendor: "Yii",
    family: "Signing Key",
    severity: "high",
    description:
      "The `cookieValidationKey` of a Yii 2 application's request component (config/web.php, config/main.php): the key Yii signs (HMAC) every cookie with, and validates them by. The app templates generate a random 32-character key at install.",
    security: [
      "With the key an attacker forges any cookie the application trusts, including identity cookies, and so signs in as another user.",
      "Yii unserializes the data of validated cookies: a forged cookie can carry a crafted object, a known path to remote code execution.",
    ],
    mitigation: rotate(
      'Generate a new key (`php -r "echo bin2hex(random_bytes(16));"`) and set it, from the environment rather than the committed config.',
      "Existing cookies stop validating and users sign in again.",
    ),
    keywords: ["cookievalidationkey"],
    pattern: /['"]cookieValidationKey['"][ \t]{0,20}=>[ \t]{0,3}(?<q>['"])(?<secret>[^'"\s]{8,128})\k<q>/,
    validate: (secret, context) => sentenceReason(secret) ?? chosenPassword(secret, context),
    examples: [
      () =>
        `        'request' => [\n            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation\n            'cookieValidationKey' => '${randomChars("base64url", 32, "php-yii-1")}',\n        ],`,
    ],
    negatives: [
      "            'cookieValidationKey' => '',",
      "            'cookieValidationKey' => getenv('COOKIE_VALIDATION_KEY'),",
      "            'cookieValidationKey' => 'your-secret-key',",
    ],
    references: [
      "https://www.yiiframework.com/doc/guide/2.0/en/security-best-practices#avoiding-debug-info-and-tools-in-production",
    ],
  },
  {
    id: "cakephp-security-salt",
    name: "CakePHP security salt or cipher seed",
    vendor: "CakePHP",
    family: "Signing Key",
    severity: "high",
    description:
      "CakePHP's `Security.salt` (and CakePHP 2's `Security.cipherSeed`), set with Configure::write in app/Config/core.php or, since CakePHP 3, from SECURITY_SALT in config/app.php or .env: the key behind hashed passwords (Security::hash with salt), signed and encrypted cookies, CSRF tokens and form tampering protection.",
    security: [
      "With the salt an attacker forges signed cookies and form tokens, decrypts encrypted cookies, and can test guessed passwords against leaked hashes that use it.",
    ],
    mitigation: rotate(
      "Generate a new salt (at least 32 random characters; `bin/cake` writes one at install) and read it from the environment.",
      "Signed and encrypted cookies stop validating; passwords hashed with the old salt must be re-hashed at the users' next sign-in.",
    ),
    keywords: ["security.salt", "security.cipherseed", "security_salt"],
    pattern:
      /(?:Configure::write\([ \t]{0,3}['"]Security\.(?<setting>salt|cipherSeed)['"][ \t]{0,3},|env\([ \t]{0,3}['"]SECURITY_SALT['"][ \t]{0,3},)[ \t]{0,3}(?<q>['"])(?<secret>[^'"\s]{12,128})\k<q>/,
    // The validator judges both: a cipher seed is digits, which the generic entropy floor refuses.
    skipPlaceholderCheck: true,
    validate: cakeSaltValidator,
    examples: [
      () => `\tConfigure::write('Security.salt', '${alnum("cake-1", 40)}');`,
      () => `\tConfigure::write('Security.cipherSeed', '${randomChars("digits", 29, "php-cake-2")}');`,
      () => `        'salt' => env('SECURITY_SALT', '${randomChars("hexLower", 64, "php-cake-3")}'),`,
    ],
    negatives: [
      "        'salt' => env('SECURITY_SALT', '__SALT__'),",
      "\tConfigure::write('Security.salt', getenv('CAKE_SALT'));",
      // The app skeleton's own defaults, the same on every site that kept them.
      "\tConfigure::write('Security.salt', 'DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi');",
      "\tConfigure::write('Security.cipherSeed', '76859309657453542496749683645');",
      "Configure::write('Security.salt', 'there_is_no_security_here_we_are_just_testing');",
      "Configure::write('Security.cipherSeed', '11111111111111111111111111111');",
      () => `\tConfigure::write('Security.cipherSeed', '${alnum("cake-seed-letters", 29)}');`,
    ],
    references: ["https://book.cakephp.org/4/en/development/configuration.html#general-configuration"],
  },
];
