import { ASSIGN } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Companion, Detector } from "../catalog/types.js";

const ikey = (label: string) => `DI${randomChars("upperAlnum", 18, label)}`;
const skey = (label: string, length = 40) => randomChars("alnum", length, label);
/** Names Duo's own configuration files and client libraries give the secret key. */
const SKEY_NAME = `(?:skey|SKEY|secret_key|secretKey|SecretKey|client_secret|clientSecret|DUO_SKEY|DUO_SECRET_KEY|DUO_CLIENT_SECRET|DUO_API_SECRET|duo_skey|duo_secret_key|duo_client_secret|duoSecretKey|duoSkey)`;

/** Both secrets are reported only beside an integration key (DI and 18 characters). */
const INTEGRATION_KEY: Companion = {
  name: "integration key",
  pattern: /(?<![A-Za-z0-9])(?<value>DI[A-Z0-9]{18})(?![A-Za-z0-9])/,
  required: true,
};

export const detectors: Detector[] = [
  {
    id: "duo-secret-key",
    name: "Duo Security secret key",
    vendor: "Cisco Duo",
    family: "API Secret",
    severity: "critical",
    confidence: "medium",
    description:
      "Cisco Duo provides multi-factor authentication and device trust. Every Duo application (Auth API, Admin API, Web SDK, Unix, RDP and others) has an integration key (ikey, DI followed by 18 characters), a 40-character secret key (skey) and an API hostname; the secret key signs every request. It is reported when an integration key is nearby.",
    security: [
      "For an Admin API application an attacker can manage users, phones, bypass codes and policies, and so disable MFA for any account.",
      "For an Auth API or Web SDK application the attacker can forge or approve second-factor checks that the application trusts.",
      "Authentication logs, which list users, devices and locations, can be read.",
    ],
    mitigation: {
      revoke:
        "In the Duo Admin Panel open Applications, select the application, click Reset Secret Key (or delete the application and protect a new one), then update every system that uses it.",
      revokeUrl: "https://duo.com/docs/adminapi#first-steps",
      audit:
        "Review Reports > Administrator Actions and the Authentication Log in the Duo Admin Panel for changes and authentications made through the application during the exposure window.",
      bestPractices: [
        "grant Admin API applications only the permissions they need (read-only where possible)",
        "keep skey values in a secret manager, not in configuration files under version control",
      ],
    },
    keywords: [
      "skey",
      "secret_key",
      "secretkey",
      "client_secret",
      "clientsecret",
      "duo_",
      "duosecretkey",
      "duoskey",
    ],
    pattern: new RegExp(`(?<![A-Za-z0-9])${SKEY_NAME}${ASSIGN}(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])`),
    window: { before: 16, after: 120 },
    companions: [INTEGRATION_KEY],
    examples: [
      () => `[duo]\nikey = ${ikey("duo-1")}\nskey = ${skey("duo-1")}\nhost = api-1a2b3c4d.duosecurity.com`,
      () => `DUO_IKEY=${ikey("duo-2")}\nDUO_SKEY=${skey("duo-2")}`,
      () =>
        `admin_api = duo_client.Admin(ikey="${ikey("duo-3")}", skey="${skey("duo-3")}", host="api-1a2b3c4d.duosecurity.com")`,
      // Duo for Windows Logon's installer properties.
      () =>
        `msiexec /i DuoWindowsLogon64.msi IKEY="${ikey("duo-4")}" SKEY="${skey("duo-4")}" HOST="api-1a2b3c4d.duosecurity.com" AUTOPUSH="#1"`,
    ],
    negatives: [
      // No integration key near it: a 40-character secret of some other system.
      () => `skey = ${skey("duo-alone")}`,
      () => `ikey = ${ikey("duo-short")}\nskey = ${skey("duo-short", 30)}`,
      `ikey = DIXXXXXXXXXXXXXXXXXX\nskey = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
    references: ["https://duo.com/docs/authapi#first-steps", "https://duo.com/docs/adminapi#first-steps"],
  },
  {
    id: "duo-web-application-key",
    name: "Duo Web SDK v2 application key (akey)",
    vendor: "Cisco Duo",
    family: "Signing Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Duo's Web SDK v2 (the iframe-based Traditional Prompt) has the protected application sign its half of each authentication request and response with an application key, akey: a random string of at least 40 characters the customer generates and keeps beside the integration key and secret key. It is reported when an integration key (DI followed by 18 characters) is nearby.",
    security: [
      "With the akey an attacker can forge the application's half of a signed Duo response; with the secret key (usually stored next to it) the whole second-factor check can be forged.",
    ],
    mitigation: {
      revoke:
        'Generate a new akey (at least 40 random characters, for example python -c "import os; print(os.urandom(32).hex())"), deploy it to every instance of the application at once, and move the application to the Universal Prompt (Web SDK v4), which needs no akey.',
      revokeUrl: "https://duo.com/docs/duoweb-v2",
      audit:
        "Review the Duo Authentication Log for the application, and the application's own logins, for second factors completed without a matching Duo authentication.",
      bestPractices: [
        "keep the akey, skey and ikey in a secret manager, not in configuration under version control",
      ],
    },
    keywords: ["akey"],
    pattern:
      /(?<![A-Za-z0-9])(?:akey|AKEY|duo_akey|DUO_AKEY|duoAkey|DuoAkey)["']?[ \t]{0,4}(?:=|:|=>)[ \t]{0,4}["']?(?<secret>[A-Za-z0-9]{40,80})(?![A-Za-z0-9_-])/,
    window: { before: 16, after: 120 },
    companions: [INTEGRATION_KEY],
    examples: [
      () =>
        `duo_ikey: ${ikey("duo-akey-1")}\nduo_skey: ${skey("duo-akey-1")}\nduo_akey: ${randomChars("hexLower", 40, "duo-akey-1")}\nduo_host: api-5e0bb41a.duosecurity.com`,
      () =>
        `DUO = {\n  "ikey": "${ikey("duo-akey-2")}",\n  "akey": "${randomChars("alnum", 48, "duo-akey-2")}",\n}`,
    ],
    negatives: [
      () => `akey = ${randomChars("hexLower", 40, "duo-akey-alone")}`,
      () => `ikey = ${ikey("duo-akey-ref")}\nakey = "{{ vault_duo_akey }}"`,
    ],
    references: ["https://duo.com/docs/duoweb-v2"],
  },
];
