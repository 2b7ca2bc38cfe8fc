import { passwordPlaceholderReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Expect scripts log in for a person: they wait for a password prompt and type the password.
 * The prompt's pattern (`expect "password:"`) says what the next `send` types, so the value is
 * a password whatever it looks like, digits only included.
 */

const pw = (label: string, length = 14) => randomChars("alnum", length, `expect-${label}`);

export const detectors: Detector[] = [
  {
    id: "expect-script-password",
    name: "Password typed by an Expect script",
    vendor: "Expect",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      'Expect (and the expect blocks embedded in shell and PowerShell scripts) automates interactive logins: `spawn ssh root@host`, `expect "password:"`, then `send "...\\r"` types the password. Scripts like these copy files to servers, reboot devices and run backups, and are shared with the password inside.',
    security: [
      "The password signs in to the machine or device the script spawns a session on (ssh, scp, telnet, sftp, ftp), often as root or an administrator.",
      "The same script is usually run from cron or a CI job, so the password stays valid for as long as the automation does.",
    ],
    mitigation: {
      revoke:
        "Change the account's password on the host the script logs in to (passwd, or the device's administration page), then remove the password from the script.",
      revokeUrl: "https://man7.org/linux/man-pages/man1/passwd.1.html",
      audit:
        "Review the host's authentication log (/var/log/auth.log, journalctl -u ssh, the device's login history) for logins as that account from unknown addresses.",
      bestPractices: [
        "log in with an SSH key (ssh-keygen, ssh-copy-id) instead of typing a password from a script",
        'where a password prompt cannot be avoided, read the password from the environment or a file with restricted permissions (`send -- "$env(PASS)\\r"`)',
      ],
    },
    // The send keyword keeps windows off every other `password` in code.
    keywords: ['send "', 'send -- "'],
    window: { before: 256, after: 160, multiline: true },
    pattern:
      /["{][^"{}\n]{0,60}(?:assword|ASSWORD|assphrase|ASSPHRASE)[^"{}\n]{0,40}["}](?:[ \t]{0,8}\{)?[ \t]{0,8}(?:\r?\n[ \t]{0,40})?send[ \t]{1,4}(?:--[ \t]{1,4})?"(?<secret>[^"\s\\$[]{1,128})\\r"/,
    skipPlaceholderCheck: true,
    validate: (secret) =>
      secret.length < 4 ? "shorter than 4 characters" : (passwordPlaceholderReason(secret) ?? true),
    examples: [
      () =>
        `#!/usr/bin/expect -f\nspawn ssh -o StrictHostKeyChecking=no root@203.0.113.40\nexpect "password:"\nsend "${pw("1")}\\r"\nexpect "# "`,
      () =>
        `spawn scp backup.tar.gz ops@192.168.1.100:/srv/backup/\nexpect "ops@192.168.1.100's password:"\nsend "${randomChars("digits", 10, "expect-2")}\\r"`,
      () =>
        `expect {\n  "*yes/no*" { send "yes\\r"; exp_continue }\n  "*assword:" { send -- "${pw("3")}\\r" }\n}`,
    ],
    negatives: [
      'expect "password:"\nsend "$env(SSH_PASS)\\r"',
      'expect "password:"\nsend "$password\\r"',
      'expect "Password:"\nsend "password\\r"',
      'expect "login:"\nsend "admin\\r"',
      'expect "# "\nsend "reboot\\r"',
    ],
    references: ["https://core.tcl-lang.org/expect/index", "https://linux.die.net/man/1/expect"],
  },
];
