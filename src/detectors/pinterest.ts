import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "pinterest-oauth-token",
    name: "Pinterest access or refresh token",
    vendor: "Pinterest",
    family: "OAuth Token",
    severity: "high",
    description:
      "Pinterest API v5 issues OAuth access tokens (pina_ prefix) and refresh tokens (pinr. prefix) to apps, including the token an app owner generates for their own account. They act for the user with the granted scopes, such as reading or writing pins, boards and ads.",
    security: [
      "Boards, pins and, with ads scopes, ad accounts, campaigns and billing data can be read.",
      "Pins and boards can be created or deleted and, with ads scopes, campaigns changed at the advertiser's expense; a refresh token mints new access tokens.",
    ],
    mitigation: {
      revoke:
        "The user removes the app under Settings > Security and logins > Apps (or the app owner regenerates its token in the developer portal), which revokes its tokens.",
      revokeUrl: "https://www.pinterest.com/settings/security",
      audit: "Review the account's pins, boards and ad account change history for the exposure window.",
      bestPractices: ["request only the scopes the app needs", "store refresh tokens server-side"],
    },
    keywords: ["pina_", "pinr."],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_.-]/,
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>pin(?:a_|r\.)(?=[A-Za-z_.-]{0,199}[0-9])[A-Za-z0-9_.-]{60,200})(?![A-Za-z0-9_.-])/,
    minEntropy: 3.5,
    // Reads the token's own user account; nothing is changed.
    verify: bearerCheck("https://api.pinterest.com/v5/user_account", {
      live: [200],
      dead: [401],
      liveRequires: { field: "username" },
    }),
    examples: [
      () => `PINTEREST_ACCESS_TOKEN=pina_${randomChars("upperAlnum", 120, "pin-1")}`,
      () => `pinterest_refresh_token: "pinr.${randomChars("alnum", 100, "pin-2")}"`,
    ],
    negatives: [
      "PINTEREST_ACCESS_TOKEN=pina_...",
      "var propina_total_de_la_cuenta_por_mesa_y_por_dia_en_el_restaurante = 0",
    ],
    references: [
      "https://developers.pinterest.com/docs/developer-tools/token-debugger/",
      "https://developers.pinterest.com/docs/getting-started/authentication-and-scopes/",
    ],
  },
];
