import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** The configuration files of Asterisk (and FreePBX's generated ones) that hold account secrets. */
const ASTERISK_CONF = /(?:^|\/)(?:manager|sip|pjsip|iax|extensions)(?:_[\w-]+)?\.conf$/;

const pw = (label: string) =>
  `${randomChars("alpha", 8, `asterisk-${label}`)}-${randomChars("digits", 4, `asterisk-${label}-d`)}`;

export const detectors: Detector[] = [
  {
    id: "asterisk-account-secret",
    name: "Asterisk SIP, IAX or manager account secret",
    vendor: "Asterisk",
    family: "Password",
    severity: "high",
    confidence: "high",
    description:
      "The password of an account in Asterisk's configuration: a SIP peer's `secret=` in sip.conf, a PJSIP auth section's `password=` in pjsip.conf, an IAX2 peer's `secret=` in iax.conf, or an Asterisk Manager Interface user's `secret =` in manager.conf (FreePBX writes the same files, with _additional and _custom variants).",
    security: [
      "A SIP or IAX2 account's secret registers a phone or trunk as that account: calls out on the PBX's lines, premium-rate toll fraud billed to the owner, and calls to the account's number received elsewhere.",
      "A manager account's secret controls the PBX over AMI: originating calls, listening to channels and running commands, depending on its permissions.",
    ],
    mitigation: {
      revoke:
        "Set a new secret for the account (and on the phone, trunk provider or AMI client that uses it), reload the module (`sip reload`, `pjsip reload`, `manager reload`), and review the calls placed with the old one.",
      revokeUrl: "https://docs.asterisk.org/Configuration/Core-Configuration/Asterisk-Manager-Interface-AMI/",
      audit:
        "Review the CDRs for calls you did not place (international and premium-rate destinations first) and the security log for registrations and AMI logins from unknown addresses.",
      bestPractices: [
        "give every endpoint a long random secret and restrict registrations by address (permit/deny, ACLs)",
        "keep the generated configuration out of repositories; back it up encrypted",
      ],
    },
    keywords: ["secret", "password"],
    keywordFollowedBy: /[ \t=]/,
    // A directive at the start of its line only: `secret = ...`, `password=...`.
    keywordGate: /(?<=(?:^|\n)[ \t]{0,8}(?:secret|password))[ \t]{0,8}=>?[ \t]{0,8}[^\s;]{4}/,
    pattern:
      /^[ \t]{0,8}(?:secret|password)[ \t]{0,8}=>?[ \t]{0,8}(?<secret>[^\s;"]{4,128})[ \t]*(?:;.*)?\r?$/m,
    validate: (secret, context) =>
      ASTERISK_CONF.test(context.path ?? "")
        ? chosenPassword(secret, context)
        : "not an Asterisk configuration file",
    file: { path: ASTERISK_CONF, examplePath: "etc/asterisk/manager.conf" },
    examples: [
      () =>
        `[crm-connector]\nsecret = ${pw("ami")}\ndeny = 0.0.0.0/0.0.0.0\npermit = 10.40.0.0/255.255.0.0\nread = call,cdr\n`,
      () => `[trunk-auth]\ntype=auth\nauth_type=userpass\nusername=4420301\npassword=${pw("pjsip")}\n`,
    ],
    negatives: ["[201]\nsecret=CHANGE_ME\n", "[admin]\nsecret = ${AMI_SECRET}\n"],
    references: [
      "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/PJSIP-Configuration-Sections-and-Relationships/",
    ],
  },
];
