import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "roblox-security-cookie",
    name: "Roblox .ROBLOSECURITY session cookie",
    vendor: "Roblox",
    family: "Session Cookie",
    severity: "critical",
    description:
      "Roblox signs users in with the .ROBLOSECURITY cookie, whose value begins with Roblox's own warning (_|WARNING:-DO-NOT-SHARE-THIS...|_) followed by a long token. Whoever holds it is logged in as the user, including group owners and developers.",
    security: [
      "The account can be used as the owner: Robux and limited items traded away, games and group funds controlled.",
      "Games and assets owned by the account or its groups can be changed or published.",
    ],
    mitigation: {
      revoke:
        'Sign in to Roblox and use Settings > Security > "Log out of all other sessions", which invalidates the cookie; change the password and enable 2-step verification.',
      revokeUrl: "https://www.roblox.com/my/account#!/security",
      audit:
        "Review the account's transaction history, trades and group audit logs for actions during the exposure window.",
      bestPractices: ["never paste the cookie into tools or scripts; use Open Cloud API keys for automation"],
    },
    keywords: ["_|warning:-do-not-share-this."],
    pattern:
      /_\|WARNING:-DO-NOT-SHARE-THIS\.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items\.\|_(?<secret>[A-Za-z0-9+/=_-]{100,4000})/,
    window: { after: 4200 },
    examples: [
      () =>
        `ROBLOSECURITY=_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_${randomChars("hexUpper", 600, "roblox-1")}`,
      () =>
        `cookies = {".ROBLOSECURITY": "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_CAEaAhAB${randomChars("base64url", 500, "roblox-2")}"}`,
    ],
    negatives: [
      "ROBLOSECURITY=_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_<cookie>",
    ],
    references: [
      "https://en.help.roblox.com/hc/en-us/articles/203313380-Account-Security-Theft-Keeping-your-Account-Safe",
      "https://create.roblox.com/docs/cloud/auth/api-keys",
    ],
  },
];
