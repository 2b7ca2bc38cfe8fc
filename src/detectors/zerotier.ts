import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zerotier-api-token",
    name: "ZeroTier Central API token",
    vendor: "ZeroTier",
    family: "API Token",
    severity: "critical",
    confidence: "medium",
    description:
      'ZeroTier builds virtual networks between devices. A ZeroTier Central API token (32 letters and digits, sent as "Authorization: token ..." or a Bearer token) manages every network of the user.',
    security: [
      "New members can be authorized on the user's networks, putting an attacker's device inside them.",
      "Network rules, routes and members can be changed or deleted.",
    ],
    mitigation: {
      revoke: "In ZeroTier Central open Account > API Access Tokens, delete the token and create a new one.",
      revokeUrl: "https://my.zerotier.com/account",
      audit: "Review each network's member list for devices authorized during the exposure window.",
      bestPractices: ["create tokens for automation accounts with access to only the networks they manage"],
    },
    keywords: ["zerotier", "zero_tier", "ztc"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["zerotier", "zero_tier", "zeroTier", "ztc"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.5,
    // Lists the user's networks: a read.
    verify: {
      method: "GET",
      url: "https://api.zerotier.com/api/v1/network",
      headers: { Authorization: "token {secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `ZEROTIER_API_TOKEN=${randomChars("alnum", 32, "zerotier-api-token-1")}`,
      () => `zerotier_api_token: "${randomChars("alnum", 32, "zerotier-api-token-2")}"`,
      () => `const zerotierApiToken = "${randomChars("alnum", 32, "zerotier-api-token-3")}";`,
    ],
    negatives: [
      "ZEROTIER_API_TOKEN=your_zerotier_api_token_here",
      () => `ZEROTIER_API_TOKEN=${randomChars("alnum", 29, "zerotier-api-token-short")}`,
      () => `ZEROTIER_URL=${randomChars("alnum", 32, "zerotier-api-token-noname")}`,
    ],
    references: [
      "https://docs.zerotier.com/central/v1/",
      "https://registry.terraform.io/providers/zerotier/zerotier/latest/docs",
    ],
  },
];
