import { genericValueReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "nextcloud-config-secret",
    name: "Nextcloud or ownCloud instance secret or password salt",
    vendor: "Nextcloud / ownCloud",
    family: "Signing Secret",
    severity: "medium",
    confidence: "high",
    description:
      "A Nextcloud or ownCloud server's config/config.php holds, besides the database password, two values generated at installation: `secret` (30 or more random characters; it keys the instance's encryption of stored credentials and signs its tokens) and `passwordsalt` (30 random characters mixed into the hashes of users' passwords).",
    security: [
      "With `secret`, a copy of the database or of app data gives up the credentials Nextcloud stores encrypted with it (external storage, mail accounts), and signed links and tokens can be forged.",
      "With `passwordsalt` and a leaked user table, password hashes can be attacked offline.",
    ],
    mitigation: {
      revoke:
        "Changing `secret` invalidates what it encrypted: re-enter external storage and app credentials after rotating it, and have users sign in again. Rotate the database password as well, and keep config.php out of repositories and backups that others can read.",
      revokeUrl:
        "https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/config_sample_php_parameters.html",
      audit:
        "Review the instance's audit log and admin settings for changes, and the database for unexpected users, during the exposure.",
      bestPractices: [
        "keep config.php readable by the web server's user only, and commit a config.sample.php instead",
      ],
    },
    keywords: ["passwordsalt", "'secret' =>", '"secret" =>'],
    pattern:
      /(?<q>["'])(?:passwordsalt|secret)\k<q>[ \t]{0,8}=>[ \t]{0,8}(?<vq>["'])(?<secret>[A-Za-z0-9+/=]{20,128})\k<vq>/,
    // Both are generated (letters, digits, + and /): anything else is a note to fill them in.
    validate: (secret, context) =>
      /\$CONFIG\s*=\s*(?:array\s*\(|\[)|'(?:instanceid|datadirectory|trusted_domains)'/.test(context.window)
        ? (genericValueReason(secret, { minLength: 20 }) ?? true)
        : "not in a Nextcloud or ownCloud config.php",
    window: { before: 2000, after: 600, multiline: true },
    examples: [
      () =>
        `<?php\n$CONFIG = array (\n  'instanceid' => 'oc${randomChars("lowerAlnum", 10, "nc-1i")}',\n  'passwordsalt' => '${randomChars("alnum", 30, "nc-1")}',\n  'secret' => '${randomChars("base64", 48, "nc-1s")}',\n  'trusted_domains' => array (0 => 'cloud.example.net'),\n);`,
    ],
    negatives: [
      "<?php\n$CONFIG = array (\n  'passwordsalt' => '',\n  'secret' => '',\n);",
      "<?php\n$CONFIG = array (\n  'passwordsalt' => 'gerar-novo-salt-aqui',\n);",
      // Another PHP application's array.
      () => `return [\n  'secret' => '${randomChars("alnum", 32, "nc-other")}',\n];`,
    ],
    references: [
      "https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/config_sample_php_parameters.html",
    ],
  },
];
