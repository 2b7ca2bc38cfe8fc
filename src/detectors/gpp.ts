import { createCipheriv, createDecipheriv } from "node:crypto";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/**
 * The AES-256 key every Group Policy Preferences cpassword is encrypted with: Microsoft published
 * it in the protocol documentation ([MS-GPPREF] 2.2.1.1.4), which is why any domain user who can
 * read SYSVOL can decrypt these passwords. Kept as bytes, since it is public and no credential.
 */
const GPP_AES_KEY = Buffer.from([
  0x4e, 0x99, 0x06, 0xe8, 0xfc, 0xb6, 0x6c, 0xc9, 0xfa, 0xf4, 0x93, 0x10, 0x62, 0x0f, 0xfe, 0xe8, 0xf4, 0x96,
  0xe8, 0x06, 0xcc, 0x05, 0x79, 0x90, 0x20, 0x9b, 0x09, 0xa4, 0x33, 0xb6, 0x6c, 0x1b,
]);
const ZERO_IV = Buffer.alloc(16);

/** A cpassword value as Windows writes it: base64 of the AES-CBC ciphertext, '=' padding dropped. */
function encryptCpassword(password: string): string {
  const cipher = createCipheriv("aes-256-cbc", GPP_AES_KEY, ZERO_IV);
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(password, "utf16le")), cipher.final()]);
  return ciphertext.toString("base64").replace(/=+$/, "");
}

// A real cpassword decrypts with the published key to UTF-16 text with valid padding; random
// base64 of the same length almost never does.
const decryptsWithPublishedKey: Validator = (secret) => {
  const ciphertext = Buffer.from(secret, "base64");
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0) return "not a whole number of AES blocks";
  try {
    const decipher = createDecipheriv("aes-256-cbc", GPP_AES_KEY, ZERO_IV);
    const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    return plaintext.length % 2 === 0 ? true : "does not decrypt to UTF-16 text";
  } catch {
    return "does not decrypt with the Group Policy Preferences key";
  }
};

export const detectors: Detector[] = [
  {
    id: "gpp-cpassword",
    name: "Group Policy Preferences password (cpassword)",
    vendor: "Microsoft",
    family: "Password",
    severity: "critical",
    confidence: "high",
    description:
      "Windows Group Policy Preferences store the passwords they set (local accounts, services, scheduled tasks, mapped drives, data sources) as a cpassword attribute in Groups.xml, Services.xml, ScheduledTasks.xml, Drives.xml or DataSources.xml on SYSVOL. The value is AES-256 encrypted with a key Microsoft published, so it is as good as plain text. A value is reported when it decrypts with that key.",
    security: [
      "Anyone who reads the file can decrypt the password; such policies often set the same local administrator password on every machine, allowing lateral movement across the domain.",
      "Service and scheduled-task accounts set this way frequently hold domain privileges.",
    ],
    mitigation: {
      revoke:
        "Change the password of every account the preference item sets (on each machine it was applied to), then delete the preference item and the XML file from SYSVOL.",
      revokeUrl: "https://learn.microsoft.com/en-us/security-updates/securitybulletins/2014/ms14-025",
      audit:
        "Search SYSVOL for every file containing cpassword, and review logons of the affected accounts since the policy was created.",
      bestPractices: [
        "install MS14-025, which removes the password fields from the Group Policy editor",
        "manage local administrator passwords with Windows LAPS instead",
      ],
    },
    keywords: ["cpassword"],
    pattern: /(?<![A-Za-z0-9_])cpassword[ \t]{0,3}=[ \t]{0,3}(["'])(?<secret>[A-Za-z0-9+/]{20,400}={0,2})\1/,
    validate: decryptsWithPublishedKey,
    examples: [
      () =>
        `<Properties action="U" newName="" fullName="" description="" cpassword="${encryptCpassword(randomChars("alnum", 14, "gpp-1"))}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="Administrator (built-in)"/>`,
      () =>
        `<Properties action="C" serviceName="BackupSvc" startupType="AUTOMATIC" accountName="CORP\\svc_backup" cpassword='${encryptCpassword(randomChars("alnum", 20, "gpp-2"))}'/>`,
    ],
    negatives: [
      '<Properties action="U" cpassword="" userName="Administrator (built-in)"/>',
      () =>
        `<Properties action="U" cpassword="${randomChars("base64", 43, "gpp-random")}" userName="admin"/>`,
    ],
    references: [
      "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-gppref/2c15cbf0-f086-4c74-8b70-1f2fa45dd4be",
      "https://learn.microsoft.com/en-us/security-updates/securitybulletins/2014/ms14-025",
    ],
  },
];
