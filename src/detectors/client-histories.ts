import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation } from "../catalog/types.js";

/*
 * Passwords typed at database clients' prompts, which the clients save in their history files
 * in the user's home directory (~/.mysql_history, ~/.rediscli_history): they turn up in backups
 * of home directories, container images and dotfile repositories.
 */

const rotate = (how: string): Mitigation => ({
  revoke: `${how} Then delete or truncate the history file (MySQL: set MYSQL_HISTFILE=/dev/null for sessions that handle passwords).`,
  revokeUrl: "https://dev.mysql.com/doc/refman/8.4/en/mysql-logging.html",
  audit:
    "Review the server's connection and authentication logs for the account since the history file was exposed.",
  bestPractices: [
    "keep home-directory dotfiles and backups out of repositories and images",
    "type passwords at the client's prompt (-p without a value, redis-cli --askpass) rather than in statements",
  ],
});

const pw = (label: string, length = 16) => `${randomChars("alnum", length, `history-${label}`)}!`;

export const detectors: Detector[] = [
  {
    id: "mysql-history-password",
    name: "Password in a MySQL client history file",
    vendor: "MySQL",
    family: "Password",
    severity: "high",
    description:
      "The mysql client saves each statement in ~/.mysql_history with spaces written as \\040: `CREATE USER ...\\040IDENTIFIED\\040BY\\040'...'` and `ALTER USER` or `SET PASSWORD` statements keep the password given to an account in clear text. (Statements with IDENTIFIED BY are left out of the history by newer clients, but not by MariaDB's or older ones.)",
    security: [
      "The password signs in to the database as the account it was set for, often an application user with all rights on its schema, or root.",
    ],
    mitigation: rotate(
      "Change the account's password (`ALTER USER ... IDENTIFIED BY ...` from a session that is not logged).",
    ),
    keywords: ["identified\\040", "set\\040password\\040"],
    pattern:
      /(?:IDENTIFIED\\040(?:WITH\\040\S{1,64}?\\040)?BY\\040|SET\\040PASSWORD\\040(?:FOR\\040\S{1,80}?\\040)?=\\040(?:PASSWORD\()?)(?<q>['"])(?<secret>[^'"\n]{6,128})\k<q>/i,
    validate: chosenPassword,
    examples: [
      () =>
        `use\\040shop;\nCREATE\\040USER\\040'shop_app'@'10.0.%'\\040IDENTIFIED\\040BY\\040'${pw("my-1")}';\n`,
      () =>
        `ALTER\\040USER\\040'root'@'localhost'\\040IDENTIFIED\\040WITH\\040mysql_native_password\\040BY\\040'${pw("my-2", 18)}';\n`,
      () => `SET\\040PASSWORD\\040FOR\\040'app'@'%'\\040=\\040'${pw("my-3")}';\n`,
    ],
    negatives: [
      "CREATE\\040USER\\040'ro'@'%'\\040IDENTIFIED\\040BY\\040'password';\n",
      "GRANT\\040ALL\\040ON\\040shop.*\\040TO\\040'shop_app'@'10.0.%';\n",
      "ORDER\\040BY\\040'name';\n",
    ],
    references: ["https://dev.mysql.com/doc/refman/8.4/en/mysql-logging.html"],
  },
  {
    id: "redis-cli-history-password",
    name: "Password in a redis-cli history file",
    vendor: "Redis",
    family: "Password",
    severity: "high",
    description:
      "redis-cli saves the commands typed at its prompt in ~/.rediscli_history, `AUTH <password>` and `AUTH <user> <password>` included, in clear text.",
    security: [
      "With the password anyone who reaches the server reads and writes every key (sessions, cached data, queues), and may run CONFIG and MODULE commands.",
    ],
    mitigation: {
      ...rotate(
        "Change the password (`CONFIG SET requirepass`, or `ACL SETUSER <user> resetpass >new`) and `CONFIG REWRITE`.",
      ),
      revokeUrl: "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/",
    },
    keywords: ["auth "],
    keywordPrecededBy: /\n/,
    pattern:
      /(?<![^\n])(?:AUTH|auth)[ \t]{1,4}(?:(?<user>[^\s"']{1,64})[ \t]{1,4})?(?<secret>[^\s"']{6,128})[ \t]*\r?$/m,
    validate: (secret, context) => {
      // PAM's `auth <control> <module>` lines start the same way, and OpenVPN's `auth <digest>`.
      if (/^(?:required|requisite|sufficient|optional|include|substack|\[)/.test(context.groups.user ?? ""))
        return "a PAM auth line";
      if (
        context.groups.user === undefined &&
        /^(?:SHA\d{1,3}|MD5|RIPEMD160|BLAKE2[bs]\d{0,3}|none)$/i.test(secret)
      )
        return "an OpenVPN auth digest";
      return chosenPassword(secret, context);
    },
    examples: [
      () => `AUTH ${randomChars("alnum", 32, "history-redis-1")}\nINFO replication\nKEYS session:*\n`,
    ],
    negatives: [
      "AUTH\nINFO\n",
      "auth    required    pam_unix.so try_first_pass\n",
      "auth [success=1 default=ignore] pam_unix.so nullok\n",
      "cipher AES-256-GCM\nauth SHA512\n",
    ],
    references: ["https://redis.io/docs/latest/commands/auth/"],
  },
];
