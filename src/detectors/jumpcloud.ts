import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string, length = 40) => randomChars("hexLower", length, label);

export const detectors: Detector[] = [
  {
    id: "jumpcloud-api-key",
    name: "JumpCloud API key",
    vendor: "JumpCloud",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "JumpCloud is a cloud directory platform: identity, SSO, device management and MFA. Administrator and service account API keys (40 hexadecimal characters, sent in the x-api-key header) call the API with the administrator's role; they are found next to a JumpCloud name.",
    security: [
      "An attacker can create users, reset passwords and MFA, and add themselves to groups that grant SSO access to every connected application.",
      "Commands can be run on managed devices (Windows, macOS, Linux) as root or SYSTEM.",
      "The directory's users, devices and policies can be read.",
    ],
    mitigation: {
      revoke:
        "The administrator who owns the key opens My API Key in the JumpCloud Admin Portal (account menu) and generates a new key, which invalidates the old one; service account keys are revoked from Settings > Service Accounts.",
      revokeUrl: "https://jumpcloud.com/support/jumpcloud-apis",
      audit:
        "Review Insights (Directory Insights) for user, group, command and policy events made through the API during the exposure window.",
      bestPractices: [
        "use service accounts with a narrow role for automation instead of an administrator's key",
        "restrict API access to known IP addresses where offered",
      ],
    },
    keywords: ["jumpcloud", "jump_cloud"],
    pattern: new RegExp(
      `${vendorName(["jumpcloud", "jumpCloud", "JumpCloud", "jump_cloud", "JUMP_CLOUD"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])`,
    ),
    // Lists at most one user: a read of the directory.
    verify: {
      method: "GET",
      url: "https://console.jumpcloud.com/api/systemusers?limit=1",
      headers: { "x-api-key": "{secret}", Accept: "application/json" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `JUMPCLOUD_API_KEY=${key("jc-1")}`,
      () => `provider "jumpcloud" {\n  jumpcloud_api_key = "${key("jc-2")}"\n}`,
      () => `Connect-JCOnline -JumpCloudApiKey ${key("jc-3")}`,
    ],
    negatives: ["JUMPCLOUD_API_KEY=<your api key>", () => `JUMPCLOUD_API_KEY=${key("jc-short", 32)}`],
    references: [
      "https://docs.jumpcloud.com/api/1.0/index.html#section/API-Key",
      "https://jumpcloud.com/support/jumpcloud-apis",
    ],
  },
];
