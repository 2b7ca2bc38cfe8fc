import { TOKEN_END, TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const secret = (label: string, mode = "live") => `secret_${mode}_${randomChars("alnum", 32, label)}`;

export const detectors: Detector[] = [
  {
    id: "branch-io-secret",
    name: "Branch secret key",
    vendor: "Branch",
    family: "API Key",
    severity: "high",
    description:
      "Branch (branch.io) makes deep links and mobile attribution. Each app has a Branch key (key_live_... / key_test_..., shipped in apps by design) and a Branch secret (secret_live_... / secret_test_... and 32 letters and digits) that only servers may hold: it signs the Deep Linking, Data Export and app settings APIs.",
    security: [
      "With the key and secret anyone can read the app's link and attribution data through the Data Export and Query APIs.",
      "Links and the app's settings (redirects, fallback URLs) can be changed, sending users who tap the app's links to other sites.",
    ],
    mitigation: {
      revoke:
        "In the Branch dashboard open Account Settings > Profile (or the app's Settings > Branch Key & Secret), reset the Branch secret, and update the servers that call the Branch API with it.",
      revokeUrl: "https://dashboard.branch.io/account-settings/profile",
      audit:
        "Review the app's links, settings and data exports in the dashboard for changes or exports you did not make.",
      bestPractices: [
        "keep the secret on servers only: apps need only the Branch key",
        "never set the secret in BuildConfig, Info.plist or a front-end bundle",
      ],
    },
    keywords: ["secret_live_", "secret_test_"],
    pattern: new RegExp(`${TOKEN_START}(?<secret>secret_(?:live|test)_[A-Za-z0-9]{32})${TOKEN_END}`),
    examples: [
      () => `const BRANCH_SECRET = '${secret("branch-1")}';`,
      () => `buildConfigField("String", "BRANCH_SECRET", "\\"${secret("branch-2")}\\"")`,
      () => `\t<key>BranchSecret</key>\n\t<string>${secret("branch-3", "test")}</string>`,
    ],
    negatives: [
      "BRANCH_SECRET=secret_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `BRANCH_KEY=key_live_${randomChars("alnum", 32, "branch-key")}`,
      () => `BRANCH_SECRET=secret_live_${randomChars("alnum", 20, "branch-short")}`,
    ],
    references: ["https://help.branch.io/developers-hub/reference/branch-key-and-secret"],
  },
];
