import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "BrowserStack";

export const detectors: Detector[] = [
  {
    id: "browserstack-access-key",
    name: "BrowserStack access key",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "BrowserStack runs automated and manual tests on cloud browsers and devices. Access keys are 20 letters and digits, used with the username for the WebDriver hub, Local tunnels and the REST API. It has no prefix, so it is recognised only in a name that mentions BrowserStack.",
    security: [
      "Test sessions run on the account's parallel-session quota.",
      "Session videos, logs and screenshots, which can show internal apps and data, can be downloaded.",
      "A BrowserStack Local tunnel can be opened, reaching hosts that the tunnel's machine can reach.",
    ],
    mitigation: {
      revoke:
        "In BrowserStack open Account > Settings, regenerate the access key, and update CI variables that used it.",
      revokeUrl: "https://www.browserstack.com/accounts/settings",
      audit:
        "Review the account's Automate and App Automate sessions and uploaded apps for ones you did not run.",
      bestPractices: ["use the CI integration's secret variables for BROWSERSTACK_ACCESS_KEY"],
    },
    keywords: ["browserstack", "browser_stack"],
    pattern: new RegExp(
      `${vendorName(["browserstack", "browserStack", "BrowserStack", "BROWSER_STACK"], ["access_key", "accessKey", "AccessKey", "key", "Key", "KEY"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{20})${TOKEN_END}`,
    ),
    examples: [
      () => `BROWSERSTACK_ACCESS_KEY=${randomChars("alnum", 20, "browserstack-access-key-1")}`,
      () => `browserstack_access_key: "${randomChars("alnum", 20, "browserstack-access-key-2")}"`,
      () => `const browserstackAccessKey = "${randomChars("alnum", 20, "browserstack-access-key-3")}";`,
    ],
    negatives: [
      "BROWSERSTACK_ACCESS_KEY=<your access key>",
      () => `BROWSERSTACK_ACCESS_KEY=${randomChars("alnum", 16, "browserstack-access-key-short")}`,
    ],
    references: [
      "https://www.browserstack.com/docs/automate/api-reference/selenium/introduction",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/browserstack",
    ],
  },
];
