import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** `u` (main), `ur` (read-only) or `m` (monitor) + the account or monitor number + `-` + hex. */
const key = (kind: string, label: string, hex = 24) =>
  `${kind}${randomChars("0123456789", 7, `${label}-n`)}-${randomChars("hexLower", hex, label)}`;

export const detectors: Detector[] = [
  {
    id: "uptimerobot-api-key",
    name: "UptimeRobot API key",
    vendor: "UptimeRobot",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "UptimeRobot monitors websites, ports and heartbeats and publishes status pages. API keys are the main key (u), the read-only key (ur) or a monitor-specific key (m), each followed by a number, a hyphen and hexadecimal characters; they are found next to an UptimeRobot name.",
    security: [
      "With the main key an attacker can pause or delete monitors and change alert contacts, so that outages go unnoticed.",
      "Any key reveals monitored URLs, including internal and staging hosts, and their uptime history.",
    ],
    mitigation: {
      revoke:
        "In UptimeRobot open Integrations & API (My Settings > API Settings on older dashboards) and reset or delete the main, read-only or monitor-specific key; update the tools that used it.",
      revokeUrl: "https://dashboard.uptimerobot.com/integrations",
      audit:
        "Review monitors, alert contacts and status pages for changes and pauses during the exposure window.",
      bestPractices: ["use the read-only or a monitor-specific key for dashboards and widgets"],
    },
    keywords: ["uptimerobot", "uptime_robot", "uptime-robot"],
    pattern:
      /(?:[Uu]ptime[_-]?[Rr]obot|UPTIME_?ROBOT)[A-Za-z0-9_.-]{0,24}(?:[Kk]ey|KEY|[Tt]oken|TOKEN)["']?[ \t]{0,3}(?:=>|:=|[:=]|[ \t])[ \t]{0,3}["']?(?<secret>(?:ur?|m)[0-9]{3,10}-[a-f0-9]{20,32})(?![A-Za-z0-9_-])/,
    // getAccountDetails only reads the account (UptimeRobot's v2 API takes every call as a POST):
    // no side effect. An unknown key is answered with 200 and stat "fail".
    verify: {
      method: "POST",
      url: "https://api.uptimerobot.com/v2/getAccountDetails",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "api_key={secret}&format=json",
      live: [200],
      dead: [],
      liveRequires: { field: "stat", equals: "ok" },
      deadIf: { field: "stat", equals: "fail" },
    },
    examples: [
      () => `UPTIMEROBOT_API_KEY=${key("u", "ur-1")}`,
      () => `uptimerobot:\n  uptimeRobotApiKey: "${key("ur", "ur-2")}"`,
      () => `const UPTIME_ROBOT_MONITOR_KEY = "${key("m", "ur-3")}";`,
    ],
    negatives: [
      "UPTIMEROBOT_API_KEY=u1234567-xxxxx",
      "UPTIMEROBOT_API_KEY=ur_your_uptimerobot_key",
      () => `UPTIMEROBOT_API_KEY=${key("u", "ur-short", 10)}`,
    ],
    references: ["https://uptimerobot.com/api/", "https://uptimerobot.com/api/v2/#getAccountDetails"],
  },
];
