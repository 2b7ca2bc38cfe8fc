import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "wechat-app-secret",
    name: "WeChat AppSecret",
    vendor: "WeChat",
    family: "Secret Key",
    severity: "high",
    confidence: "medium",
    description:
      "WeChat (Tencent) official accounts, mini programs and open-platform apps have an AppID and an AppSecret (32 hexadecimal characters); the secret obtains the access_token that calls the platform APIs for the account.",
    security: [
      "Access tokens for the account can be obtained, allowing messages to followers, menu changes and reading user data the account may access.",
      "Fetching new tokens invalidates the owner's, interrupting their service.",
    ],
    mitigation: {
      revoke:
        "In the WeChat Official Accounts Platform (or mini program console) open Development > Basic Configuration and reset the AppSecret; update the servers that request access tokens.",
      revokeUrl: "https://mp.weixin.qq.com/",
      audit:
        "Review the platform's operation logs and message records for actions during the exposure window.",
      bestPractices: [
        "enable the IP whitelist for access_token requests",
        "request tokens from one central server",
      ],
    },
    keywords: ["wechat", "weixin"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["wechat", "weixin", "weChat"], ["secret", "app_secret", "appsecret", "appSecret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    examples: [
      () => `WECHAT_APP_SECRET=${randomChars("hexLower", 32, "wechat-app-secret-1")}`,
      () => `wechat_app_secret: "${randomChars("hexLower", 32, "wechat-app-secret-2")}"`,
      () => `const wechatAppSecret = "${randomChars("hexLower", 32, "wechat-app-secret-3")}";`,
    ],
    negatives: [
      "WECHAT_APP_SECRET=your_wechat_app_secret_here",
      () => `WECHAT_APP_SECRET=${randomChars("hexLower", 29, "wechat-app-secret-short")}`,
      () => `WECHAT_URL=${randomChars("hexLower", 32, "wechat-app-secret-noname")}`,
    ],
    references: [
      "https://developers.weixin.qq.com/doc/offiaccount/en/Basic_Information/Get_access_token.html",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/wechatappkey/wechatappkey.go",
    ],
  },
];
