import { ASSIGN_LOOSE, TOKEN_END, TOKEN_START, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "DingTalk (Alibaba)";
const about =
  "DingTalk is Alibaba's workplace chat. A group's custom robot posts to it through a webhook URL, https://oapi.dingtalk.com/robot/send?access_token= and 64 hexadecimal characters;";
const revoke =
  "In the DingTalk group open Settings > Bots (智能群助手), select the custom robot and reset its webhook (or remove the robot and add a new one), then update the services that post through it.";
const revokeUrl = "https://open.dingtalk.com/document/robots/custom-robot-access";
const audit =
  "Read the group's recent robot messages for ones your services did not send; phishing links posted by a trusted bot are the usual abuse.";
const bestPractices = [
  "turn on the robot's signing (加签) and an IP allowlist, so that the URL alone cannot post",
  "keep the webhook URL and signing secret in a secret store, not in scripts and alert configs",
];
const webhook = (label: string) =>
  `https://oapi.dingtalk.com/robot/send?access_token=${randomChars("hexLower", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "dingtalk-robot-webhook",
    name: "DingTalk custom robot webhook",
    vendor,
    family: "Webhook",
    severity: "medium",
    confidence: "high",
    description: `${about} the access token in it is all a sender needs when the robot has no signing secret. Also recognised as the token alone under a DingTalk name (DINGTALK_ACCESS_TOKEN, dingding_token).`,
    security: [
      "Anyone with the URL posts messages, links and @all mentions to the group as the robot: a trusted channel for phishing and false alerts.",
      "Monitoring and CI alerts sent through it can be drowned out or imitated.",
    ],
    mitigation: { revoke, revokeUrl, audit, bestPractices },
    keywords: ["oapi.dingtalk.com/robot/send", "dingtalk", "dingding", "ding_talk"],
    pattern: new RegExp(
      `(?:oapi\\.dingtalk\\.com/robot/send\\?(?:[^\\s"'\\x60#]{0,200}&)?access_token=|${vendorName(["dingtalk", "dingding", "ding_talk"], ["access_token", "accessToken", "token", "Token", "TOKEN", "robot_token", "webhook_token"])}${ASSIGN_LOOSE})(?<secret>[0-9a-f]{64})${TOKEN_END}`,
    ),
    examples: [
      () => `url = '${webhook("dingtalk-1")}'`,
      () => `DINGTALK_ACCESS_TOKEN=${randomChars("hexLower", 64, "dingtalk-2")}`,
      () => `curl '${webhook("dingtalk-3")}' -H 'Content-Type: application/json' -d '{"msgtype":"text"}'`,
      () =>
        `webhook: https://oapi.dingtalk.com/robot/send?timestamp=1700000000000&access_token=${randomChars("hexLower", 64, "dingtalk-4")}`,
    ],
    negatives: [
      "https://oapi.dingtalk.com/robot/send?access_token=XXXXXX",
      "url = f'https://oapi.dingtalk.com/robot/send?access_token={access_token}'",
      "https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}",
      () =>
        `https://oapi.dingtalk.com/robot/send?access_token=${randomChars("hexLower", 40, "dingtalk-short")}`,
    ],
    references: [revokeUrl],
  },
  {
    id: "dingtalk-robot-signing-secret",
    name: "DingTalk custom robot signing secret",
    vendor,
    family: "Signing Secret",
    severity: "medium",
    confidence: "high",
    description: `${about} a robot with signing (加签) on also needs the signature of a timestamp made with its secret, SEC and 64 hexadecimal characters.`,
    security: [
      "With the webhook URL, the secret signs requests that post to the group as the robot.",
      "A leaked secret undoes the signing the group's owner turned on to protect a leaked URL.",
    ],
    mitigation: {
      revoke:
        "In the DingTalk group open Settings > Bots, select the custom robot, reset the signing secret under its security settings, and update the services that sign with it.",
      revokeUrl,
      audit,
      bestPractices,
    },
    keywords: ["SEC"],
    caseSensitiveKeywords: true,
    keywordPrecededBy: /[^A-Za-z0-9_]/,
    keywordGate: /[0-9a-f]{64}(?![0-9a-f])/,
    pattern: new RegExp(`${TOKEN_START}(?<secret>SEC[0-9a-f]{64})${TOKEN_END}`),
    examples: [
      () => `secret = "SEC${randomChars("hexLower", 64, "dingtalk-sec-1")}"`,
      () => `DINGTALK_SECRET=SEC${randomChars("hexLower", 64, "dingtalk-sec-2")}`,
      () => `robot:\n  secret: SEC${randomChars("hexLower", 64, "dingtalk-sec-3")}`,
    ],
    negatives: [
      'secret = "SECxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      () => `SEC${randomChars("hexLower", 40, "dingtalk-sec-short")}`,
      () => `SECRET${randomChars("hexLower", 64, "dingtalk-sec-word")}`,
    ],
    references: ["https://open.dingtalk.com/document/robots/customize-robot-security-settings"],
  },
];
