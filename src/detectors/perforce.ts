import { chosenPassword } from "../catalog/language.js";
import { ASSIGN_LOOSE, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Perforce (Helix Core)";
const about =
  "Perforce Helix Core (P4) is the version control system of most game studios and many hardware and media companies.";
const audit =
  "Review the server's log and `p4 logger`/audit log for commands by the user from unknown hosts during the exposure, and the changelists and depot files it could read.";
const bestPractices = [
  "give build machines a service user with the least protections it needs, and log it in from a secret store at build time",
  "keep .p4tickets, .p4enviro and P4CONFIG files out of repositories and images",
];

export const detectors: Detector[] = [
  {
    id: "perforce-ticket",
    name: "Perforce login ticket",
    vendor,
    family: "Session Token",
    severity: "high",
    confidence: "high",
    description: `${about} \`p4 login\` stores a ticket per server and user in the tickets file (~/.p4tickets, or p4tickets.txt on Windows), one \`server:port=user:TICKET\` line each, the ticket 32 hexadecimal characters. Until it expires (12 hours by default, often unlimited for build users) the ticket works as the user's password.`,
    security: [
      "With the ticket anyone who reaches the server acts as the user: sync the depots the user can read (source code, game assets, signing material) and submit changes.",
      "Build users' tickets are commonly made unlimited, and the tickets file is copied with the build machine's home directory.",
    ],
    mitigation: {
      revoke:
        "Run `p4 logout -a` as the user (or, as a super user, `p4 logout -a <user>`) to invalidate every ticket of the user, change the user's password with `p4 passwd`, and log the build machines in again.",
      revokeUrl:
        "https://help.perforce.com/helix-core/server-apps/cmdref/current/Content/CmdRef/p4_logout.html",
      audit,
      bestPractices,
    },
    keywords: [],
    file: { path: /(?:^|\/)(?:\.p4tickets|p4tickets\.txt)$/i, examplePath: "home/build/.p4tickets" },
    pattern: /^(?:ssl:)?[\w.[\]:-]{1,253}=(?<user>[^\s:=]{1,64}):(?<secret>[0-9A-F]{32})[ \t]*\r?$/m,
    examples: [
      () => `ssl:perforce.studio.internal:1666=jenkins-build:${randomChars("hexUpper", 32, "p4-ticket-1")}\n`,
      () =>
        `localhost:1666=dana:${randomChars("hexUpper", 32, "p4-ticket-2")}\n10.40.2.15:1666=dana:${randomChars("hexUpper", 32, "p4-ticket-3")}\n`,
    ],
    negatives: ["# p4 tickets\n", "localhost:1666=dana:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n"],
    references: [
      "https://help.perforce.com/helix-core/server-apps/cmdref/current/Content/CmdRef/P4TICKETS.html",
    ],
  },
  {
    id: "perforce-password",
    name: "Perforce password (P4PASSWD)",
    vendor,
    family: "Password",
    severity: "high",
    confidence: "high",
    description: `${about} Clients read the user's password (or a ticket) from P4PASSWD: set in the environment, a P4CONFIG file (.p4config), the .p4enviro file or a build script.`,
    security: [
      "With the user name, anyone who reaches the server logs in as the user: sync the depots the user can read and submit changes.",
    ],
    mitigation: {
      revoke:
        "Change the user's password with `p4 passwd` (as a super user: `p4 passwd <user>`), run `p4 logout -a` for the user to end existing tickets, and update the machines that log in with it.",
      revokeUrl:
        "https://help.perforce.com/helix-core/server-apps/cmdref/current/Content/CmdRef/P4PASSWD.html",
      audit,
      bestPractices,
    },
    keywords: ["p4passwd"],
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:P4PASSWD|p4passwd)${ASSIGN_LOOSE}(?<secret>[^\\s"'\\x60$%{}]{6,128})(?:["'\\x60]|${TOKEN_END})`,
    ),
    validate: chosenPassword,
    examples: [
      () =>
        `P4PORT=ssl:perforce:1666\nP4USER=build\nP4PASSWD=${randomChars("alnum", 14, "p4-pass-1")}.${randomChars("digits", 2, "p4-pass-1b")}\n`,
      () => `set P4PASSWD=${randomChars("hexUpper", 32, "p4-pass-2")}`,
      () => `environment { P4PASSWD = '${randomChars("alnum", 16, "p4-pass-3")}' }`,
    ],
    negatives: [
      "P4PASSWD=$P4_PASSWORD",
      "P4PASSWD=%P4PASSWORD%",
      "P4PASSWD=<password>",
      "export P4PASSWD=${{ secrets.P4PASSWD }}",
    ],
    references: [
      "https://help.perforce.com/helix-core/server-apps/cmdref/current/Content/CmdRef/P4PASSWD.html",
    ],
  },
];
