import { BASE64_END, KEY64 } from "../catalog/patterns.js";
import { key64, randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** "0." + machine account token id (UUID) + "." + client secret + ":" + base64 encryption key. */
const accessToken = (label: string) => {
  const hex = randomChars("hexLower", 32, `${label}-id`);
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  const key = Buffer.from(randomChars("hexLower", 32, `${label}-key`), "hex").toString("base64");
  return `0.${id}.${randomChars("alnum", 30, label)}:${key}`;
};

export const detectors: Detector[] = [
  {
    id: "bitwarden-secrets-manager-token",
    name: "Bitwarden Secrets Manager access token",
    vendor: "Bitwarden",
    family: "Access Token",
    severity: "high",
    description:
      "Bitwarden Secrets Manager stores infrastructure secrets for machines and CI. Machine account access tokens (0.<token id>.<secret>:<encryption key>, used by the bws CLI and SDKs as BWS_ACCESS_TOKEN) read and decrypt the secrets of the projects the machine account can access; they are reported with a Bitwarden name on the line.",
    security: [
      "Every secret in the projects granted to the machine account can be read and decrypted.",
      "With write access, secrets can be changed, steering deployments to attacker-controlled credentials.",
    ],
    mitigation: {
      revoke:
        "In the Bitwarden web app open Secrets Manager > Machine accounts, select the account, open Access tokens and revoke the token; rotate the secrets it could read.",
      revokeUrl: "https://bitwarden.com/help/access-tokens/",
      audit:
        "Review the organization's event logs (Admin Console > Reporting > Event logs) for secret access by the machine account during the exposure window.",
      bestPractices: [
        "give each machine account read-only access to a single project",
        "set an expiration date on access tokens and store them only in the CI secret store",
      ],
    },
    keywords: ["bws_access_token", "bitwarden", "bws "],
    pattern:
      /(?<![A-Za-z0-9.])(?<secret>0\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\.[A-Za-z0-9]{20,40}:[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])/,
    examples: [
      () => `BWS_ACCESS_TOKEN=${accessToken("bws-1")}`,
      () => `bws secret list --access-token "${accessToken("bws-2")}"`,
      () => `bitwarden_access_token = "${accessToken("bws-3")}"`,
    ],
    negatives: [
      "BWS_ACCESS_TOKEN=${{ secrets.BWS_ACCESS_TOKEN }}",
      "BWS_ACCESS_TOKEN=0.<token-id>.<secret>:<key>",
    ],
    references: ["https://bitwarden.com/help/access-tokens/"],
  },
  {
    id: "bitwarden-cli-master-password",
    name: "Bitwarden master password on the bw command line",
    vendor: "Bitwarden",
    family: "Password",
    severity: "critical",
    description:
      "The Bitwarden CLI takes the vault's master password as an argument: `bw unlock <password>` and `bw login <email> <password>`. Scripts that unlock a vault unattended (exports, backups, CI) write it there, where it also lands in shell history and process listings.",
    security: [
      "The master password decrypts every item of the vault: logins, notes, cards, TOTP seeds and attachments.",
      "With the e-mail address beside it, the account can be signed in to from anywhere unless two-step login is on.",
    ],
    mitigation: {
      revoke:
        'Change the master password (web vault > Settings > Security > Master password, with "Log out of all sessions"), then rotate the credentials stored in the vault that matter most; turn on two-step login if it is off.',
      revokeUrl: "https://bitwarden.com/help/master-password/",
      audit:
        "Review Settings > Security > Devices and the organization's event logs for logins and exports during the exposure window.",
      bestPractices: [
        "unlock with `bw unlock --passwordenv BW_PASSWORD` or `--passwordfile`, filled from a secret store, never a literal",
        "use an API key (`bw login --apikey`) for unattended login, and Secrets Manager for machine secrets",
      ],
    },
    keywords: ["bw unlock", "bw login"],
    pattern:
      /(?:^|[\s;|&(\x60'"])bw[ \t]+(?:unlock|login[ \t]+(?:"[^"\n]{1,100}"|'[^'\n]{1,100}'|[^\s'"-][^\s'"]{0,99}))[ \t]+(?<q>['"]?)(?<secret>[^\s'"$<>\\-][^\s'"<>\\]{5,127})\k<q>(?=[\s;|&)"'\x60]|$)/,
    examples: [
      () =>
        `export BW_SESSION="$(bw unlock '${randomChars("alpha", 8, "bw-1")}*${randomChars("digits", 3, "bw-1b")}' --raw)"`,
      () => `bw login ops@example.org ${randomChars("alnum", 18, "bw-2")} --raw`,
    ],
    negatives: [
      "bw unlock --passwordenv BW_PASSWORD --raw",
      "bw login --apikey",
      'bw unlock "$BW_PASSWORD" --raw',
      "bw login ops@example.org --passwordfile ~/.bwpw",
    ],
    references: ["https://bitwarden.com/help/cli/#unlock", "https://bitwarden.com/help/cli/#log-in"],
  },
  {
    id: "bitwarden-cli-session-key",
    name: "Bitwarden CLI session key (BW_SESSION)",
    vendor: "Bitwarden",
    family: "Session Key",
    severity: "high",
    description:
      "`bw unlock` prints a session key (64 bytes in base64, 88 characters) that scripts export as BW_SESSION: it decrypts the vault data the CLI keeps on that machine, without the master password, until `bw lock` or `bw logout`.",
    security: [
      "With the CLI's data file from the same machine (a backup, a CI cache, a home directory), the key decrypts every vault item.",
      "A key pasted into a script or log usually outlives the job that printed it: sessions last until locked.",
    ],
    mitigation: {
      revoke:
        "Run `bw lock` (or `bw logout`) on the machine that created the session, which invalidates the key, and treat the vault's items as exposed if the CLI's data file could have leaked with it.",
      revokeUrl: "https://bitwarden.com/help/cli/#using-a-session-key",
      audit:
        "Review where the CLI's data directory (~/.config/Bitwarden CLI) was copied during the exposure window.",
      bestPractices: [
        "keep BW_SESSION in the environment of the one process that needs it and lock the vault when the job ends",
      ],
    },
    keywords: ["bw_session"],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])BW_SESSION["']?[ \t]{0,3}[=:][ \t]{0,3}["']?(?<secret>${KEY64})${BASE64_END}`,
    ),
    examples: [() => `# BW_SESSION=${key64("bw-s1")}`, () => `export BW_SESSION="${key64("bw-s2")}"`],
    negatives: [
      'export BW_SESSION="$(bw unlock --passwordenv BW_PASSWORD --raw)"',
      "BW_SESSION=${BW_SESSION}",
    ],
    references: ["https://bitwarden.com/help/cli/#using-a-session-key"],
  },
];
