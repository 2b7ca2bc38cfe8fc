import { chosenPassword, passwordPlaceholderReason } from "../catalog/language.js";
import { mentionedNear } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Mitigation } from "../catalog/types.js";

/*
 * Network devices and the tools that manage them: secrets in Junos configurations, in the AAA
 * servers' files (FreeRADIUS, tac_plus) and in the credential files of configuration-backup
 * tools (RANCID, Oxidized). None has a vendor prefix: each is known by the syntax that holds it.
 */

/**
 * Junos `$9$` secrets: a reversible obfuscation (Crypt::Juniper's letter families), not a hash.
 * The first character picks how many salt characters follow; then each plain byte is spread over
 * 1 to 4 characters as gaps in the 65-letter alphabet, weighted by ENCODING in turn.
 */
const FAMILY = ["QzF3n6/9CAtpu0O", "B1IREhcSyrleKvMW8LXx", "7N-dVbwsY2g4oaJZGUDj", "iHkq.mPf5T"];
const ALPHABET = FAMILY.join("");
const SALT_LENGTH = new Map(FAMILY.flatMap((letters, i) => [...letters].map((c) => [c, 3 - i] as const)));
const ENCODING = [
  [1, 4, 32],
  [1, 16, 32],
  [1, 8, 32],
  [1, 64],
  [1, 32],
  [1, 4, 16, 128],
  [1, 32, 64],
];

/** The text a `$9$` secret hides, or undefined when it is not one. */
export function decodeJunos9(value: string): string | undefined {
  if (!value.startsWith("$9$")) return undefined;
  const first = value[3];
  const saltLength = first === undefined ? undefined : SALT_LENGTH.get(first);
  if (saltLength === undefined) return undefined;
  let at = 4 + saltLength;
  let previous = ALPHABET.indexOf(first as string);
  let text = "";
  while (at < value.length) {
    const weights = ENCODING[text.length % ENCODING.length] as number[];
    if (at + weights.length > value.length) return undefined;
    let sum = 0;
    for (const weight of weights) {
      const position = ALPHABET.indexOf(value[at++] as string);
      if (position < 0) return undefined;
      sum += ((((position - previous) % ALPHABET.length) + ALPHABET.length - 1) % ALPHABET.length) * weight;
      previous = position;
    }
    text += String.fromCharCode(sum % 256);
  }
  return text.length > 0 ? text : undefined;
}

/** `$9$` of `text` after `seedLetter` and its salt (all `Q`): for the examples. */
function encodeJunos9(text: string, seedLetter = "Q"): string {
  let previous = ALPHABET.indexOf(seedLetter);
  let out = `$9$${seedLetter}${"Q".repeat(SALT_LENGTH.get(seedLetter) ?? 0)}`;
  for (let i = 0; i < text.length; i++) {
    const weights = ENCODING[i % ENCODING.length] as number[];
    let rest = text.charCodeAt(i);
    // Greedy from the largest weight: each gap below 64, as the encoder's own choice does.
    const gaps = new Array<number>(weights.length).fill(0);
    for (let w = weights.length - 1; w >= 0; w--) {
      const weight = weights[w] as number;
      gaps[w] = Math.floor(rest / weight);
      rest -= (gaps[w] as number) * weight;
    }
    for (const gap of gaps) {
      previous = (previous + gap + 1) % ALPHABET.length;
      out += ALPHABET[previous];
    }
  }
  return out;
}

const rotateShared = (where: string): Mitigation => ({
  revoke: `Set a new secret on both ends (${where}) at the same time, then remove the old value from the repository and purge it from history.`,
  audit:
    "Review the AAA server's and the devices' logs for authentications from unknown addresses since the configuration was committed.",
  bestPractices: [
    "keep device configurations and backups out of public repositories; strip secrets from them before they go to a repository or a ticket",
    "give each device or pair of peers its own secret",
  ],
});

const pw = (label: string, length = 14) =>
  `${randomChars("alnum", length - 4, `netdev-${label}`)}-${randomChars("digits", 3, `netdev-${label}-d`)}`;

export const detectors: Detector[] = [
  {
    id: "junos-type9-secret",
    name: "Juniper Junos $9$ secret",
    vendor: "Juniper Networks",
    family: "Password",
    severity: "high",
    confidence: "high",
    description:
      "Junos writes the shared secrets of its configuration (RADIUS and TACACS+ keys, BGP, OSPF and NTP authentication keys, IKE pre-shared keys, SNMPv3 passwords, PPP and Wi-Fi secrets) as `$9$...`: a reversible obfuscation that published tools decode in a moment, not a hash. The value is checked by decoding it.",
    security: [
      "Whoever has the line has the secret: a RADIUS or TACACS+ key lets a host impersonate the AAA server or decrypt its exchanges; a BGP or OSPF key lets a host on the link inject routes; an IKE pre-shared key opens the VPN.",
      "Configuration backups (RANCID, Oxidized) and support tickets spread the whole configuration, all its secrets included.",
    ],
    mitigation: rotateShared(
      "the device and its peer, AAA server or VPN gateway; Junos re-obfuscates the new value on commit",
    ),
    keywords: ["$9$"],
    pattern: /(?<![\w$])(?<secret>\$9\$[A-Za-z0-9./-]{4,400})(?![A-Za-z0-9./$-])/,
    skipPlaceholderCheck: true,
    validate: (secret) => {
      const text = decodeJunos9(secret);
      if (text === undefined) return "not a $9$ value (it does not decode)";
      if (!/^[\x20-\x7e]+$/.test(text)) return "a $9$ value that decodes to no secret";
      return passwordPlaceholderReason(text) ?? true;
    },
    examples: [
      () => `set protocols bgp group TRANSIT authentication-key "${encodeJunos9(pw("j1", 16))}"`,
      () => `            pre-shared-key ascii-text "${encodeJunos9(pw("j2", 18), "B")}"; ## SECRET-DATA`,
      () => `set system radius-server 10.0.0.11 secret "${encodeJunos9(pw("j3", 15), "7")}"`,
    ],
    negatives: [
      // Decodes to "password".
      'set system radius-server 10.0.0.11 secret "$9$2GgZjHkPQ39.PhrvLVb.P5Tz6"',
      'set system login user ops authentication encrypted-password "$6$qzPSvbWY$Vv3Pb7lxzF1bXbQ6"',
      'secret "$9$";',
    ],
    references: ["https://metacpan.org/dist/Crypt-Juniper/view/lib/Crypt/Juniper.pm"],
  },
  {
    id: "radius-tacacs-shared-secret",
    name: "RADIUS or TACACS+ shared secret in the server's configuration",
    vendor: "RADIUS / TACACS+",
    family: "Password",
    severity: "high",
    confidence: "high",
    description:
      "The secret a network device shares with its AAA server, as the server keeps it: FreeRADIUS's clients.conf (`secret = ...` in a `client <name> { }` block) and tac_plus.conf (`key = ...`), and the clear-text passwords tac_plus users may have (`login = cleartext ...`).",
    security: [
      "With the shared secret a host can pose as a device to the AAA server (guessing users' passwords offline from captured exchanges) or as the server to the devices, accepting any login.",
      "A tac_plus cleartext login is a user's password on every device that authenticates against the server.",
    ],
    mitigation: rotateShared(
      "the AAA server's client entry and the device's radius-server or tacacs-server key",
    ),
    keywords: ["secret", "key", "cleartext"],
    keywordFollowedBy: /[ \t=]/,
    // Only a directive at its line's start opens a window: `secret = ...`, `key = ...`.
    keywordGate:
      /(?<=(?:^|\n)[ \t]{0,16}(?:secret|key))[ \t]{0,8}=[ \t]{0,8}"?[^\s"#]{4}|(?<=cleartext)[ \t]{1,8}"?[^\s"#]{4}/,
    window: { before: 400, after: 160, multiline: true },
    pattern:
      /^[ \t]{0,16}(?:secret[ \t]{0,8}=|(?<tacacs>key[ \t]{0,8}=|(?:login|pap|chap|enable)[ \t]{0,8}=[ \t]{0,8}cleartext))[ \t]{0,8}(?<q>"?)(?<secret>[^\s"#]{4,128})\k<q>[ \t]*(?:#.*)?$/m,
    validate: (secret, context) => {
      const path = context.path ?? "";
      const inFile =
        context.groups.tacacs !== undefined
          ? /(?:^|\/)(?:tac_plus|tacacs)[^/]*$|(?:^|\/)(?:tac_plus|tacacs\+?)\//i.test(path) ||
            mentionedNear(context, /tac_plus|tacacs|\buser[ \t]*=[ \t]*\S+[ \t]*\{/, 400, 0)
          : /(?:^|\/)(?:clients|radiusd)\.conf$|(?:^|\/)(?:raddb|freeradius)\//i.test(path) ||
            mentionedNear(context, /\bclient[ \t]+[\w.:/-]+[ \t]*\{[^}]*$/, 400, 0);
      return inFile ? chosenPassword(secret, context) : "not in a FreeRADIUS client block or a tac_plus file";
    },
    examples: [
      () =>
        `client core-router {\n\tipaddr = 10.40.255.1\n\tsecret = "${pw("r1", 17)}"\n\tshortname = core\n}\n`,
      () => `# tac_plus config\naccounting file = /var/log/tac_plus.acct\nkey = "${pw("t1", 18)}"\n`,
      () => `user = breakglass {\n\tmember = netadmin\n\tlogin = cleartext "${pw("t2", 13)}"\n}\n`,
    ],
    negatives: [
      "client localhost {\n\tipaddr = 127.0.0.1\n\tsecret = testing123\n}\n",
      "client lab {\n\tsecret = ${env:RADIUS_SECRET}\n}\n",
      // Not in a client block or a tac_plus file: some other program's key.
      () => `[cache]\nkey = "${pw("t3", 18)}"\n`,
    ],
    references: [
      "https://www.freeradius.org/documentation/freeradius-server/4.0.0/reference/raddb/clients.conf.html",
      "https://www.shrubbery.net/tac_plus/",
    ],
  },
  {
    id: "rancid-cloginrc-password",
    name: "RANCID .cloginrc device password",
    vendor: "RANCID",
    family: "Password",
    severity: "high",
    confidence: "high",
    description:
      "RANCID, the configuration-backup tool for network devices, logs in with the credentials of its .cloginrc file: `add password <device glob> {<password>} {<enable password>}` lines, in clear text.",
    security: [
      "The passwords sign in to every device the glob matches, usually with the rights to read (and often change) the whole configuration.",
    ],
    mitigation: rotateShared(
      "each device the glob matches, and .cloginrc; then restrict the file to the rancid user (0600)",
    ),
    keywords: ["add password", "add spassword", "add enapassword"],
    pattern:
      /(?:^[ \t]{0,8}add[ \t]{1,8}(?:s|ena)?password[ \t]{1,8}\S{1,200}[ \t]{1,8}\{|(?<=^[ \t]{0,8}add[ \t]{1,8}(?:s|ena)?password[ \t]{1,8}\S{1,200}[ \t]{1,8}\{[^{}\n]{1,128}\}[ \t]{1,8}\{))(?<secret>[^{}\s]{4,128})\}/m,
    validate: chosenPassword,
    examples: [
      () =>
        `add user *.example-isp.net rancid\nadd password *.pop*.example-isp.net {${pw("c1")}} {${pw("c2", 12)}}\n`,
      () => `add password sw-acc-* {${pw("c3", 15)}}\n`,
    ],
    negatives: [
      "# add password lab-* {<lab password>} {<lab enable>}\n",
      "add password * {$env(RANCID_PW)}\n",
    ],
    references: ["https://www.shrubbery.net/rancid/man/cloginrc.5.html"],
  },
  {
    id: "oxidized-router-db-password",
    name: "Oxidized router.db device password",
    vendor: "Oxidized",
    family: "Password",
    severity: "high",
    confidence: "high",
    description:
      "Oxidized, the network configuration-backup tool, can read its devices from a CSV source (router.db): `name:model:username:password:enable` lines, passwords in clear text.",
    security: [
      "The passwords sign in to the listed devices, usually with the rights to read (and often change) the whole configuration.",
    ],
    mitigation: rotateShared(
      "each listed device and router.db; then keep the file readable by the oxidized user only",
    ),
    keywords: [],
    file: { path: /(?:^|\/)router\.db$/, examplePath: "oxidized/router.db" },
    pattern:
      /(?:^[\w.-]{1,253}:[\w-]{1,32}:[^:\s]{1,64}:|(?<=^[\w.-]{1,253}:[\w-]{1,32}:[^:\s]{1,64}:[^:\s]{1,128}:))(?<secret>[^:\s]{4,128})(?=:|[ \t]*\r?$)/m,
    validate: chosenPassword,
    examples: [
      () =>
        `# name:model:username:password:enable\ncore01.example-isp.net:ios:oxidized:${pw("o1", 18)}:${pw("o2", 12)}\n`,
    ],
    negatives: ["# name:model:username:password:enable\nsw01:ios:oxidized:password:\n"],
    references: ["https://github.com/ytti/oxidized/blob/master/docs/Sources.md"],
  },
];
