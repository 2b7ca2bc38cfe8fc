import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "knapsackpro-test-suite-token",
    name: "Knapsack Pro test suite token",
    vendor: "Knapsack Pro",
    family: "API Token",
    severity: "medium",
    confidence: "medium",
    description:
      "Knapsack Pro splits test suites across CI nodes. Test suite tokens are 32 hexadecimal characters, one per suite (KNAPSACK_PRO_TEST_SUITE_TOKEN, often with a runner suffix such as _RSPEC); they are recognised by that name.",
    security: [
      "Test file names and timings of the suite can be read.",
      "Fake build data can be reported, unbalancing or breaking the CI split.",
    ],
    mitigation: {
      revoke:
        "In the Knapsack Pro dashboard open the API token's settings and regenerate the test suite token.",
      revokeUrl: "https://knapsackpro.com/dashboard",
    },
    keywords: ["knapsack_pro", "knapsackpro"],
    pattern: new RegExp(
      `${vendorPhrase(["knapsack_pro", "knapsackpro", "knapsackPro"], ["token", "key"])}(?:_[A-Z0-9]{2,16})?${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the suite's builds: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.knapsackpro.com/v1/builds?page=1",
      headers: { "KNAPSACK-PRO-TEST-SUITE-TOKEN": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `KNAPSACK_PRO_TEST_SUITE_TOKEN_RSPEC=${randomChars("hexLower", 32, "kp-1")}`,
      () => `knapsack_pro_token: "${randomChars("hexLower", 32, "kp-2")}"`,
    ],
    negatives: [
      "KNAPSACK_PRO_TEST_SUITE_TOKEN=<token>",
      () => `KNAPSACK_PRO_TEST_SUITE_TOKEN=${randomChars("hexLower", 20, "kp-short")}`,
    ],
    references: ["https://docs.knapsackpro.com/"],
  },
];
