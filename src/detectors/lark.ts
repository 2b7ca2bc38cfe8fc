import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END, UUID } from "../catalog/patterns.js";
import { randomChars, randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "lark-app-secret",
    name: "Lark / Feishu app secret",
    vendor: "Lark (ByteDance)",
    family: "App Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Lark (Feishu in China) is ByteDance's collaboration suite. A custom or store app is identified by an App ID (cli_ and 16 hexadecimal characters) and authenticated by its App Secret, 32 letters and digits, which obtains tenant and app access tokens. It is recognised in a LARK_APP_SECRET or FEISHU_APP_SECRET-style name, or after an app ID that starts with cli_.",
    security: [
      "With the App ID, the secret obtains tenant access tokens that act as the app: messages, chats, documents, calendars and contacts within the app's granted scopes can be read or changed.",
      "Bots can post messages to the organization's chats in the app's name.",
    ],
    mitigation: {
      revoke:
        "In the Lark or Feishu developer console open the app's Credentials & Basic Info and reset the App Secret; update the services that use it.",
      revokeUrl: "https://open.larksuite.com/app",
      audit: "Review the tenant's admin audit log for API activity by the app during the exposure.",
      bestPractices: ["request only the scopes the app needs", "keep the secret on the server side"],
    },
    // Literal names: "lark" alone is also a Python parsing library and an ordinary word.
    keywords: ["feishu", "larksuite", "lark_app", "larkapp", "lark-app", "lark_secret", "lark.app"],
    window: { after: 200, multiline: true },
    pattern: new RegExp(
      `(?:${ALNUM_START}(?:${commonCases("feishu", "larksuite", "lark")})[_.-]?(?:(?:${commonCases("app")})[_.-]?)?(?:${commonCases("secret")})${ASSIGN_LOOSE}|["']?(?:${commonCases("feishu", "larksuite", "lark")})[_.-]?(?:${commonCases("app")})[_.-]?(?:${commonCases("id")})["']?[ \\t]{0,3}[:=][ \\t]{0,3}["']?cli_[a-f0-9]{16}["']?[^\\0]{0,120}?(?:${commonCases("app")})[_.-]?(?:${commonCases("secret")})${ASSIGN_LOOSE})(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    examples: [
      () => `LARK_APP_SECRET=${randomChars("alnum", 32, "lark-1")}`,
      () => `FEISHU_APP_SECRET: "${randomChars("alnum", 32, "lark-2")}"`,
      () =>
        `FEISHU_APP_ID=cli_${randomChars("hexLower", 16, "lark-3-id")}\nAPP_SECRET=${randomChars("alnum", 32, "lark-3")}`,
    ],
    negatives: [
      "LARK_APP_SECRET=<your app secret>",
      () => `LARK_APP_SECRET=${randomChars("alnum", 24, "lark-short")}`,
      () => `lark_parser_secret = "${randomChars("alnum", 32, "lark-parser")}"`,
    ],
    references: [
      "https://open.larksuite.com/document/server-docs/api-call-guide/calling-process/get-access-token",
      "https://open.feishu.cn/document/server-docs/authentication-management/access-token/tenant_access_token_internal",
    ],
  },
  {
    id: "lark-bot-webhook",
    name: "Lark / Feishu custom bot webhook",
    vendor: "Lark (ByteDance)",
    family: "Webhook",
    severity: "medium",
    confidence: "high",
    description:
      "A Lark or Feishu group's custom bot posts to the group through https://open.feishu.cn/open-apis/bot/v2/hook/ (open.larksuite.com for Lark) followed by the bot's UUID; without signature verification turned on, the URL is all a sender needs.",
    security: [
      "Anyone with the URL posts messages, cards and @all mentions to the group as the bot: a trusted channel for phishing and false alerts.",
    ],
    mitigation: {
      revoke:
        "In the group open Settings > Bots, select the custom bot and reset its webhook address (or remove the bot), then update the services that post through it.",
      revokeUrl: "https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot",
      audit: "Read the group's recent bot messages for ones your services did not send.",
      bestPractices: [
        "turn on the bot's signature verification and an IP allowlist, so that the URL alone cannot post",
        "keep the webhook URL in a secret store, not in alert scripts and configs",
      ],
    },
    keywords: ["/open-apis/bot/v2/hook/"],
    pattern: new RegExp(
      `open\\.(?:feishu\\.cn|larksuite\\.com|larkoffice\\.com)/open-apis/bot/v2/hook/(?<secret>${UUID})${TOKEN_END}`,
    ),
    examples: [
      () => `FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/${randomUuid("lark-hook-1")}`,
      () => `webhook_url: "https://open.larksuite.com/open-apis/bot/v2/hook/${randomUuid("lark-hook-2")}"`,
    ],
    negatives: [
      "https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      "https://open.feishu.cn/open-apis/bot/v2/hook/${FEISHU_HOOK_ID}",
    ],
    references: ["https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot"],
  },
];
