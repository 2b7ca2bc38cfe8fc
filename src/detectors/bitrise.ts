import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string, length = 86) => randomChars("base64url", length, label);

export const detectors: Detector[] = [
  {
    id: "bitrise-access-token",
    name: "Bitrise personal or workspace access token",
    vendor: "Bitrise",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Bitrise is a mobile CI/CD service. Personal and workspace API tokens authenticate the Bitrise API (sent as the Authorization header) to manage apps, builds, secrets and artifacts; they have no prefix and are found next to a Bitrise name.",
    security: [
      "An attacker can start builds with changed workflows and environment variables, running code that reads the app's secrets, signing certificates and provisioning profiles.",
      "Build artifacts, such as signed app binaries, can be downloaded.",
      "Apps, webhooks and workspace members can be changed.",
    ],
    mitigation: {
      revoke:
        "Personal tokens: Account settings > Security > Personal access tokens in Bitrise, Delete the token. Workspace tokens: Workspace settings > API tokens. Create a replacement with an expiry.",
      revokeUrl: "https://devcenter.bitrise.io/en/accounts/personal-access-tokens.html",
      audit:
        "Review the workspace's builds, app settings, secrets and members for changes during the exposure window.",
      bestPractices: [
        "prefer workspace API tokens with an expiry for automation",
        "keep tokens in secret stores, not bitrise.yml",
      ],
    },
    keywords: ["bitrise"],
    pattern: new RegExp(
      `${vendorName(["bitrise"], ["token", "pat", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9_-]{60,120})(?![A-Za-z0-9_-])`,
    ),
    minEntropy: 4,
    // Reads the token's own user.
    verify: {
      method: "GET",
      url: "https://api.bitrise.io/v0.1/me",
      headers: { Authorization: "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `BITRISE_TOKEN=${token("bitrise-1")}`,
      () => `bitrise:\n  bitrise_api_token: "${token("bitrise-2")}"`,
    ],
    negatives: ["BITRISE_TOKEN=$BITRISE_TOKEN", () => `BITRISE_TOKEN=${token("bitrise-short", 40)}`],
    references: ["https://devcenter.bitrise.io/en/api/authenticating-with-the-bitrise-api.html"],
  },
];
