import { passwordPlaceholderReason } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Cisco IOS keeps a password in its configuration in clear text (type 0, or no type) or as
 * type 7, a XOR with a fixed public table that any script reverses: both are the password
 * itself. (Types 5, 8 and 9 are real hashes: cisco-password-hash and md5-crypt-password-hash.)
 */

/** The fixed key of type 7: a password byte i is XORed with XLAT[(seed + i) % 53]. */
const XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

/** The password a type 7 value hides, or undefined when the value is not one. */
function decodeType7(value: string): string | undefined {
  if (!/^(?:0\d|1[0-5])(?:[0-9A-Fa-f]{2}){1,64}$/.test(value)) return undefined;
  const seed = Number(value.slice(0, 2));
  let text = "";
  for (let i = 2; i < value.length; i += 2) {
    const byte =
      Number.parseInt(value.slice(i, i + 2), 16) ^ XLAT.charCodeAt((seed + (i - 2) / 2) % XLAT.length);
    text += String.fromCharCode(byte);
  }
  return text;
}

/** Type 7 of `password` with `seed` (0 to 15), as IOS writes it: for the examples. */
function encodeType7(password: string, seed: number): string {
  let out = String(seed).padStart(2, "0");
  for (let i = 0; i < password.length; i++) {
    const byte = password.charCodeAt(i) ^ XLAT.charCodeAt((seed + i) % XLAT.length);
    out += byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** The passwords Cisco's own guides and labs use: a sample wherever it is written. */
const GUIDE_PASSWORDS: ReadonlySet<string> = new Set([
  "cisco",
  "cisco123",
  "class",
  "sanfran",
  "c1sco",
  "cisco1",
]);

function passwordReason(password: string): string | undefined {
  if (GUIDE_PASSWORDS.has(password.toLowerCase())) return "a password from Cisco's guides and labs";
  return passwordPlaceholderReason(password);
}

/** Why a type 7 value is no credential: not type 7, no printable text inside, or a sample's. */
function type7Reason(value: string): string | undefined {
  const text = decodeType7(value);
  if (text === undefined) return "not a type 7 value (seed 00-15, then hex pairs)";
  if (!/^[\x20-\x7e]+$/.test(text)) return "a type 7 value that decodes to no printable text";
  return passwordReason(text);
}

const pw = (label: string, length = 12) => randomChars("alnum", length, `cisco-${label}`);

export const detectors: Detector[] = [
  {
    id: "cisco-ios-password",
    name: "Cisco IOS password in clear text or type 7",
    vendor: "Cisco",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "A Cisco IOS or IOS XE configuration line that keeps a password readable: `username <name> [privilege N] password|secret 0 <password>`, `enable password <password>`, or type 7 (`password 7 <hex>`), which is the password XORed with a fixed table that free tools reverse in a moment. Configuration backups, lab guides and change tickets carry them.",
    security: [
      "The password signs in to the device (SSH, console, the web UI) as that user, often at privilege 15, which can change routing, ACLs and VPNs and read the whole configuration.",
      "Type 7 protects nothing: anyone with the line has the password.",
    ],
    mitigation: {
      revoke:
        "On the device, set a new password as a type 9 secret (`username <name> algorithm-type scrypt secret <new>`, `enable algorithm-type scrypt secret <new>`), remove the old `password` lines, and run `service password-encryption` only as a screen against shoulder surfing.",
      revokeUrl:
        "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/221058-cisco-password-types-best-practices.html",
      audit:
        "Review the device's AAA and login logs (show logging, the TACACS+ or RADIUS server's accounting) for sessions as that user from unknown addresses.",
      bestPractices: [
        "store local passwords as type 8 or 9 secrets, and prefer AAA with TACACS+ or RADIUS",
        "strip passwords from configuration backups before they go to a repository or a ticket",
      ],
    },
    keywords: ["username", "enable password", "password 7", "password 0"],
    keywordFollowedBy: /[ \t]/,
    // `username` is everywhere in code: only a line that goes on to a password opens a window.
    keywordGate:
      /(?<=username)[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}privilege[ \t]{1,4}\d{1,2})?[ \t]{1,4}(?:password|secret)[ \t]|(?<=password|password [07])[ \t]/,
    pattern:
      /(?<![\w-])(?:username[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}privilege[ \t]{1,4}\d{1,2})?[ \t]{1,4}(?:password[ \t]{1,4}(?<type>[07])|secret[ \t]{1,4}0)[ \t]{1,4}|(?<=^[ \t]{0,8})username[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}privilege[ \t]{1,4}\d{1,2})?[ \t]{1,4}password[ \t]{1,4}|enable[ \t]{1,4}password(?:[ \t]{1,4}level[ \t]{1,4}\d{1,2})?[ \t]{1,4}(?:(?<enableType>[07])[ \t]{1,4})?|(?<=^[ \t]{0,8})password[ \t]{1,4}(?<lineType>7)[ \t]{1,4})(?![{$<%([&\\])(?<secret>[!#-&(-_a-~]{4,128})(?=[\s"'`]|$)/m,
    skipPlaceholderCheck: true,
    validate: (secret, context) => {
      const { type, enableType, lineType } = context.groups;
      if ((type ?? enableType ?? lineType) === "7") return type7Reason(secret) ?? true;
      // An unrecognised type digit, or a hash written where a password goes.
      if (/^\$\d\$/.test(secret)) return "a password hash";
      return passwordReason(secret) ?? true;
    },
    examples: [
      () => `username netops privilege 15 password 0 ${pw("1")}`,
      // A configuration line's type 0 may be left out.
      () => `!\nusername ops password ${pw("6", 11)}\n!`,
      () => `enable password 7 ${encodeType7(pw("2", 10), 8)}`,
      () => `line vty 0 4\n password 7 ${encodeType7(pw("3", 9), 14)}\n login`,
      () => `username backup secret 0 ${pw("4", 14)}`,
      () => `"\`username smartm privilege 15 password 0 ${pw("5", 8)}\`. "`,
    ],
    negatives: [
      () => `username admin privilege 15 secret 5 $1$${pw("n1", 4)}$${pw("n1h", 22)}`,
      "enable password 7 ZZ1F2A",
      "username admin password 0 <password>",
      "username admin privilege 15 password 0 password",
      // The decoded password of this type 7 value is "cisco": the sample every guide uses.
      () => `enable password 7 ${encodeType7("cisco", 2)}`,
      "const username = getUser(); const password = getPassword();",
      // Prose: a comment about a user name and password.
      "  # Yields username and password supplied from a URI if they both exist.",
      "Determine if a given username and password supplied by the client is acceptable.",
      // A template that fills the line in.
      "f\"username {user} privilege 15 password {json_response['router_password']}\",",
    ],
    references: [
      "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/221058-cisco-password-types-best-practices.html",
    ],
  },
  {
    id: "cisco-aaa-server-key",
    name: "Cisco RADIUS, TACACS+ or IKE key in clear text or type 7",
    vendor: "Cisco",
    family: "Password",
    severity: "high",
    confidence: "medium",
    description:
      "A shared key in a Cisco IOS, IOS XE or NX-OS configuration: a RADIUS or TACACS+ server's `key` (`radius-server host ... key ...`, `tacacs-server host ... key 7 ...`, or ` key ...` under `radius server <name>` / `tacacs server <name>`) and an IKEv1 pre-shared key (`crypto isakmp key ... address ...`), in clear text or as type 7, which is decoded to check it.",
    security: [
      "With the RADIUS or TACACS+ key a host can pose as the AAA server to the device (accepting any login) or decrypt the exchanges it captures.",
      "An IKE pre-shared key opens the site-to-site VPN to whoever holds it.",
    ],
    mitigation: {
      revoke:
        "Set a new key on the device and on the AAA server or VPN peer at the same time (`key 6 ...` with `password encryption aes` keeps it encrypted in the configuration), and remove the old one from backups and tickets.",
      revokeUrl:
        "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/221058-cisco-password-types-best-practices.html",
      audit:
        "Review the AAA server's logs for requests from addresses that are not your devices, and the VPN peers' logs for unknown tunnels.",
      bestPractices: [
        "store keys as type 6 (AES, with a master key) instead of type 7 or clear text",
        "strip keys from configuration backups before they go to a repository or a ticket",
      ],
    },
    // The lines that hold the key, or a server block's first line: `key` alone is a word of
    // prose and code everywhere.
    keywords: ["radius-server", "tacacs-server", "radius server", "tacacs server", "crypto isakmp key"],
    keywordPrecededBy: /\n/,
    window: { before: 0, after: 400, multiline: true },
    pattern:
      /(?:^(?:radius-server|tacacs-server)[ \t]{1,4}(?:host[ \t]{1,4}\S{1,64}[^\n]{0,120}?[ \t]|)key|^[ \t]{1,8}key(?=[ \t])(?<=(?:^|\n)(?:radius|tacacs) server[ \t]{1,4}\S{1,64}[ \t]*\r?\n(?:[ \t]{1,8}[^\n]{0,120}\r?\n){0,4}[ \t]{1,8}key)|^crypto[ \t]{1,4}isakmp[ \t]{1,4}key)[ \t]{1,4}(?:(?<type>[067])[ \t]{1,4})?(?<q>"?)(?<secret>[!#-&(-~]{4,128})\k<q>(?=[ \t]|\r?$)/m,
    skipPlaceholderCheck: true,
    validate: (secret, context) => {
      const type = context.groups.type;
      if (type === "6") return "a type 6 (AES) key: encrypted with the device's master key";
      if (type === "7") return type7Reason(secret) ?? true;
      return passwordReason(secret) ?? true;
    },
    examples: [
      () => `tacacs server ISE-01\n address ipv4 10.40.0.21\n key 7 ${encodeType7(pw("k1", 14), 13)}\n!`,
      () =>
        `radius server NPS-01\n address ipv4 10.40.0.11 auth-port 1812 acct-port 1813\n key ${pw("k2", 16)}\n!`,
      () => `radius-server host 10.40.0.11 key 0 "${pw("k3", 17)}" authentication accounting`,
      () => `tacacs-server host 10.40.0.21 key 7 "${encodeType7(pw("k4", 20), 5)}"`,
      () => `crypto isakmp key ${pw("k5", 18)} address 203.0.113.12`,
    ],
    negatives: [
      "radius server NPS-01\n key 6 FHBXY[ZLhd]cHUJVZOTbPMYC\\AAB",
      "crypto isakmp key cisco123 address 0.0.0.0",
      "tacacs-server host 10.0.0.1 key <key>",
      "ssh-keygen -t ed25519 -C key comment",
      "    key = value",
    ],
    references: [
      "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/sec_usr_rad/configuration/xe-16/sec-usr-rad-xe-16-book/sec-rad-ov-ietf-attr.html",
    ],
  },
];
