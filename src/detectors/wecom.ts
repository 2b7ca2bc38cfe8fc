import { ASSIGN_LOOSE, commonCases, TOKEN_END, UUID } from "../catalog/patterns.js";
import { randomChars, randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "WeCom (Tencent)";

export const detectors: Detector[] = [
  {
    id: "wecom-group-robot-webhook",
    name: "WeCom (WeChat Work) group robot webhook",
    vendor,
    family: "Webhook",
    severity: "medium",
    confidence: "high",
    description:
      "WeCom (企业微信, WeChat Work) is Tencent's workplace chat. A group robot posts to its group through https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key= followed by the robot's key, a UUID; the key is the robot's only credential.",
    security: [
      "Anyone with the key posts text, Markdown, images, files and @all mentions to the group as the robot: a trusted channel for phishing and false alerts.",
      "The same key uploads files to WeCom's media store (webhook/upload_media) for the robot to send.",
    ],
    mitigation: {
      revoke:
        "In the WeCom group open the group's robots, select the robot and remove it (a robot's key cannot be changed), then add a new robot and update the services that post through it.",
      revokeUrl: "https://developer.work.weixin.qq.com/document/path/91770",
      audit: "Read the group's recent robot messages and files for ones your services did not send.",
      bestPractices: [
        "keep robot webhook URLs in a secret store, not in alert scripts and monitoring configs committed with the code",
      ],
    },
    keywords: ["qyapi.weixin.qq.com/cgi-bin/webhook/"],
    pattern: new RegExp(
      `qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/(?:send|upload_media)\\?(?:[^\\s"'\\x60#]{0,200}&)?key=(?<secret>${UUID})${TOKEN_END}`,
    ),
    examples: [
      () => `WEB_HOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${randomUuid("wecom-1")}"`,
      () =>
        `curl 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${randomUuid("wecom-2")}' -H 'Content-Type: application/json'`,
      () =>
        `upload: https://qyapi.weixin.qq.com/cgi-bin/webhook/upload_media?type=file&key=${randomUuid("wecom-3")}`,
    ],
    negatives: [
      "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY",
      "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa",
      "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_ROBOT_KEY}",
    ],
    references: ["https://developer.work.weixin.qq.com/document/path/91770"],
  },
  {
    id: "wecom-corp-secret",
    name: "WeCom (WeChat Work) application secret",
    vendor,
    family: "App Secret",
    severity: "high",
    confidence: "high",
    description:
      "A WeCom organisation's self-built applications, contact sync and other tools authenticate with the organisation's corp ID (ww and 16 hexadecimal characters) and the tool's secret, 43 base64url characters, exchanged at https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=...&corpsecret=... for an access token. Recognised as the corpsecret parameter or under a corp secret name.",
    security: [
      "With the corp ID, the secret obtains access tokens that act as the application: messages to the organisation's members, and the contacts, approvals, calendars or customer data within its permissions.",
      "The contact-sync secret can read and change the whole organisation's member directory.",
    ],
    mitigation: {
      revoke:
        "In the WeCom admin console (work.weixin.qq.com) open Applications, select the application (or the contact sync tool) and reset its Secret under its details; update the services that use it.",
      revokeUrl: "https://developer.work.weixin.qq.com/document/path/91039",
      audit:
        "Review the admin console's operation logs and the application's API calls for activity during the exposure, in particular member and contact changes.",
      bestPractices: [
        "keep the secret on the server and cache the access token there; never put the gettoken URL in client code",
        "restrict the application's trusted IPs in its settings",
      ],
    },
    keywords: ["corpsecret", "corp_secret", "corp-secret"],
    pattern: new RegExp(
      `(?:corpsecret=|(?<![A-Za-z0-9])(?:${commonCases("corp")})[_.-]?(?:${commonCases("secret")})${ASSIGN_LOOSE})(?<secret>[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    examples: [
      () =>
        `url = "https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww${randomChars("hexLower", 16, "wecom-id-1")}&corpsecret=${randomChars("base64url", 43, "wecom-secret-1")}"`,
      () => `WECOM_CORP_SECRET=${randomChars("base64url", 43, "wecom-secret-2")}`,
      () => `corpSecret: "${randomChars("base64url", 43, "wecom-secret-3")}"`,
    ],
    negatives: [
      "https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ID&corpsecret=SECRET",
      "corpsecret=${WECOM_SECRET}",
      () => `corpsecret=${randomChars("base64url", 30, "wecom-short")}`,
    ],
    references: ["https://developer.work.weixin.qq.com/document/path/91039"],
  },
];
