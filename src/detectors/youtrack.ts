import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "youtrack-permanent-token",
    name: "YouTrack / JetBrains Hub permanent token",
    vendor: "YouTrack",
    family: "Access Token",
    severity: "high",
    description:
      "YouTrack (JetBrains) tracks issues and projects; its permanent tokens (perm: followed by two base64 parts and a 30-character secret, separated by dots) are Bearer tokens with their user's access to YouTrack and Hub services.",
    security: [
      "Issues, comments and attachments of every project the user can see can be read.",
      "Issues can be created, changed or deleted, and an admin's token can change users and permissions.",
    ],
    mitigation: {
      revoke:
        "In YouTrack open the user's Profile > Account Security > Tokens and revoke the token (administrators can revoke tokens of any user in Hub).",
      revokeUrl: "https://www.jetbrains.com/help/youtrack/server/manage-permanent-token.html",
      audit:
        "Review the issues' activity streams and Hub's audit events for changes during the exposure window.",
      bestPractices: ["give tokens only the YouTrack scope they need"],
    },
    keywords: ["perm:"],
    caseSensitiveKeywords: true,
    keywordGate: /[A-Za-z0-9+/=]{2,100}\.[A-Za-z0-9+/=]{2,100}\.[A-Za-z0-9]{30}/,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>perm:[A-Za-z0-9+/=]{2,100}\.[A-Za-z0-9+/=]{2,100}\.[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
    examples: [
      () =>
        `YOUTRACK_TOKEN=perm:${Buffer.from("automation").toString("base64")}.${randomChars("base64", 12, "yt-1a")}.${randomChars("alnum", 30, "yt-1b")}`,
      () =>
        `Authorization: Bearer perm:${randomChars("base64", 8, "yt-2a")}.${randomChars("base64", 16, "yt-2b")}.${randomChars("alnum", 30, "yt-2c")}`,
    ],
    negatives: ["YOUTRACK_TOKEN=perm:xxx.yyy.zzz", "chmod perm:0755"],
    references: [
      "https://www.jetbrains.com/help/youtrack/server/manage-permanent-token.html",
      "https://www.jetbrains.com/help/youtrack/devportal/authentication-with-permanent-token.html",
    ],
  },
];
