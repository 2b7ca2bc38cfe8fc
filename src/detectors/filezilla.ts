import { passwordPlaceholderReason } from "../catalog/language.js";
import { mentionedNear } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/** A saved password: base64 as FileZilla 3.26 and later write it, or plain text as before. */
const savedPassword: Validator = (secret, context) => {
  // FileZilla writes the server's host and user just before the password.
  if (!mentionedNear(context, /<(?:Host|User)>/, 400, 0))
    return "no <Host> or <User> of a saved server before it";
  if (context.groups.base64 === undefined) return passwordPlaceholderReason(secret) ?? true;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 !== 0) return "not base64";
  const decoded = Buffer.from(secret, "base64").toString("utf8");
  if (!/^[\x20-\x7e\u00a0-\uffff]+$/.test(decoded)) return "does not decode to a password";
  return passwordPlaceholderReason(decoded) ?? true;
};

const site = (pass: string) =>
  `<Server>\n  <Host>ftp.example-shop.net</Host>\n  <Port>21</Port>\n  <Protocol>0</Protocol>\n  <User>deploy</User>\n  ${pass}\n</Server>`;

export const detectors: Detector[] = [
  {
    id: "filezilla-saved-password",
    name: "FileZilla saved site password",
    vendor: "FileZilla",
    family: "Password",
    severity: "high",
    description:
      'FileZilla keeps the FTP, FTPS and SFTP logins it remembers in sitemanager.xml and recentservers.xml, each <Server> with its host, user and <Pass>: base64 of the password (not encryption) unless a master password protects them (encoding="crypt"). Copies of these files turn up in backups, dotfile repositories and write-ups.',
    security: [
      "Each saved password logs in to its server as the user beside it, often a web host's account that can change the site's files.",
      "Base64 is no protection: anyone with the file reads the passwords.",
    ],
    mitigation: {
      revoke:
        "Change the password of every server listed in the file, then protect FileZilla's saved passwords with a master password (Edit > Settings > Interface > Passwords) or stop saving them.",
      revokeUrl: "https://wiki.filezilla-project.org/Protecting_stored_passwords",
      audit:
        "Review the servers' access and transfer logs for logins and file changes during the exposure window.",
      bestPractices: [
        "use SFTP with keys instead of passwords",
        "keep sitemanager.xml out of backups and repositories, or protect it with a master password",
      ],
    },
    keywords: ["<pass"],
    window: { before: 512, after: 320, multiline: true },
    pattern: /<Pass(?<base64>[ \t]{1,4}encoding="base64")?>(?<secret>[^<>\r\n]{1,256})<\/Pass>/,
    validate: savedPassword,
    examples: [
      () =>
        site(
          `<Pass encoding="base64">${Buffer.from(`Harbor!${randomChars("alnum", 8, "fz-1")}`).toString("base64")}</Pass>`,
        ),
      () => site(`<Pass>${randomChars("alnum", 14, "fz-2")}</Pass>`),
    ],
    negatives: [
      () => site(`<Pass encoding="crypt">${randomChars("base64", 120, "fz-crypt")}</Pass>`),
      site("<Pass></Pass>"),
      site(`<Pass encoding="base64">${Buffer.from("password").toString("base64")}</Pass>`),
      // A scanner's own fixture: the element alone, no saved server around it.
      () =>
        `var filezilla_password = '<Pass encoding="base64">${Buffer.from(`Harbor!${randomChars("alnum", 8, "fz-fixture")}`).toString("base64")}</Pass>'`,
    ],
    references: ["https://wiki.filezilla-project.org/Protecting_stored_passwords"],
  },
];
