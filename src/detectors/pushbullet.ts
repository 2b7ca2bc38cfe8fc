import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pushbullet-access-token",
    name: "Pushbullet access token",
    vendor: "Pushbullet",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "Pushbullet mirrors phone notifications and sends pushes, files and SMS between a user's devices. An access token (o. followed by 32 characters, sent as the Access-Token header) has full access to the account.",
    security: [
      "Pushes, including mirrored notifications that may carry one-time login codes, can be read.",
      "Pushes and, through the user's phone, SMS messages can be sent as the user.",
    ],
    mitigation: {
      revoke:
        "In Pushbullet open Settings > Account and delete the access token (or use the option to reset all access tokens), then create a new one for your scripts.",
      revokeUrl: "https://www.pushbullet.com/#settings/account",
      audit: "Review the push history and devices list for pushes or devices you do not recognise.",
      bestPractices: ["use an OAuth client instead of a personal access token for shared tools"],
    },
    keywords: ["pushbullet", "push_bullet"],
    pattern: new RegExp(
      String.raw`${vendorNameAtWordStart(["pushbullet", "push_bullet"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>o\.[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    // Reads the token's own user record; nothing is sent.
    verify: {
      method: "GET",
      url: "https://api.pushbullet.com/v2/users/me",
      headers: { "Access-Token": "{secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "iden" },
    },
    examples: [
      () => `PUSHBULLET_ACCESS_TOKEN=o.${randomChars("alnum", 32, "pushbullet-access-token-1-1")}`,
      () => `pushbullet_access_token: "o.${randomChars("alnum", 32, "pushbullet-access-token-2-1")}"`,
      () => `const pushbulletAccessToken = "o.${randomChars("alnum", 32, "pushbullet-access-token-3-1")}";`,
    ],
    negatives: [
      "PUSHBULLET_ACCESS_TOKEN=your_pushbullet_access_token_here",
      () => `PUSHBULLET_ACCESS_TOKEN=o.${randomChars("alnum", 29, "pushbullet-access-token-short-1")}`,
      () => `PUSHBULLET_URL=o.${randomChars("alnum", 32, "pushbullet-access-token-noname-1")}`,
    ],
    references: [
      "https://docs.pushbullet.com/#http",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/pushbulletapikey/pushbulletapikey.go",
    ],
  },
];
