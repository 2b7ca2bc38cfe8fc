import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "shodan-api-key",
    name: "Shodan API key",
    vendor: "Shodan",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Shodan indexes internet-connected devices and services. Its API key (32 letters and digits, sent as the key parameter) spends the account's query and scan credits and manages its network alerts.",
    security: [
      "Query and scan credits can be spent, and on-demand scans launched under the owner's name.",
      "Network monitoring alerts, which list the owner's own IP ranges, can be read and deleted.",
    ],
    mitigation: {
      revoke:
        'Sign in to account.shodan.io and click "Reset API Key" on the account overview; update the tools that use it.',
      revokeUrl: "https://account.shodan.io/",
      audit: "Review the account's scans and Monitor alerts for entries you did not create.",
      bestPractices: ["keep the key out of shared tool configs and notebooks"],
    },
    keywords: ["shodan"],
    // Or the Python library's client, which takes the key as its first argument.
    pattern: new RegExp(
      `(?:${vendorNameAtWordStart(["shodan"], ["key", "token", "secret"])}${ASSIGN_LOOSE}|Shodan\\([ \\t]{0,3}(?:key[ \\t]{0,2}=[ \\t]{0,2})?["'])(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    // api-info reports the plan and remaining credits and spends none.
    verify: {
      method: "GET",
      url: "https://api.shodan.io/api-info?key={secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "plan" },
    },
    examples: [
      () => `SHODAN_API_KEY=${randomChars("alnum", 32, "shodan-api-key-1")}`,
      () => `shodan_api_key: "${randomChars("alnum", 32, "shodan-api-key-2")}"`,
      () => `const shodanApiKey = "${randomChars("alnum", 32, "shodan-api-key-3")}";`,
      () => `api = shodan.Shodan("${randomChars("alnum", 32, "shodan-api-key-4")}")`,
    ],
    negatives: [
      "SHODAN_API_KEY=your_shodan_api_key_here",
      () => `SHODAN_API_KEY=${randomChars("alnum", 29, "shodan-api-key-short")}`,
      () => `SHODAN_URL=${randomChars("alnum", 32, "shodan-api-key-noname")}`,
    ],
    references: ["https://developer.shodan.io/api", "https://help.shodan.io/"],
  },
];
