import { ASSIGN_LOOSE, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "kaggle-api-key",
    name: "Kaggle API key",
    vendor: "Kaggle",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      'Kaggle hosts datasets, notebooks and machine-learning competitions. Its legacy API key (32 hexadecimal characters, with the account\'s user name) is downloaded as kaggle.json (`{"username": "...", "key": "..."}`) for the kaggle CLI and library, or set as KAGGLE_KEY beside KAGGLE_USERNAME.',
    security: [
      "The key acts as the account on the Kaggle API: private datasets and notebooks can be downloaded, replaced or deleted, and competition submissions made in the user's name.",
      "Notebooks and Colab sessions often hold the key in a cell, so it spreads with every shared copy.",
    ],
    mitigation: {
      revoke:
        "Sign in to kaggle.com, open Settings > API and choose Expire API Token (or Create New Token, which expires the old one); replace kaggle.json where the new key is needed.",
      revokeUrl: "https://www.kaggle.com/settings",
      audit:
        "Review the account's datasets, notebooks and competition submissions for changes you did not make.",
      bestPractices: [
        "keep ~/.kaggle/kaggle.json (mode 0600) out of repositories and notebooks",
        "in Colab and Kaggle notebooks, read the key from the platform's secrets store",
      ],
    },
    keywords: ['"username"', "kaggle_key"],
    // "username" is in every other JSON file: only kaggle.json's shape, a "key" right after
    // the user name, opens a window.
    keywordGate: /\s{0,3}(?::\s{0,3}"[^"\n]{1,64}"\s{0,3},\s{0,3}"key"|\\?["'\]]{0,2}[ \t]{0,3}[:=>?+])/,
    pattern: new RegExp(
      `(?:"username"\\s{0,3}:\\s{0,3}"[^"\\n]{1,64}"\\s{0,3},\\s{0,3}"key"\\s{0,3}:\\s{0,3}"|KAGGLE_KEY${ASSIGN_LOOSE})(?<secret>[0-9a-f]{32})${TOKEN_END}`,
      "i",
    ),
    examples: [
      () => `{"username":"mirela-d","key":"${key("kaggle-1")}"}`,
      () => `echo '{"username": "ds-bot", "key": "${key("kaggle-2")}"}' > ~/.kaggle/kaggle.json`,
      () => `os.environ['KAGGLE_USERNAME'] = 'ds-bot'\nos.environ['KAGGLE_KEY'] = '${key("kaggle-3")}'`,
    ],
    negatives: [
      '{"username":"your-kaggle-username","key":"your-kaggle-api-key"}',
      "KAGGLE_KEY=${{ secrets.KAGGLE_KEY }}",
      () => `{"username": "a", "key": "${randomChars("hexLower", 31, "kaggle-short")}"}`,
    ],
    references: ["https://www.kaggle.com/docs/api", "https://github.com/Kaggle/kaggle-api#api-credentials"],
  },
  {
    id: "kaggle-api-token",
    name: "Kaggle API token (KGAT_)",
    vendor: "Kaggle",
    family: "API Key",
    severity: "high",
    confidence: "high",
    description:
      "Kaggle's newer API tokens, created under Settings > API, are KGAT_ followed by 32 hexadecimal characters; the kaggle CLI and library read them from KAGGLE_API_TOKEN (or KAGGLE_KEY), and other clients send them as a Bearer token. Unlike the legacy key they need no user name beside them.",
    security: [
      "The token acts as the account on the Kaggle API: private datasets, models and notebooks can be downloaded, replaced or deleted, and competition submissions made in the user's name.",
      "Tokens pasted into notebooks and Colab sessions spread with every shared copy.",
    ],
    mitigation: {
      revoke:
        "Sign in to kaggle.com, open Settings > API, find the token among the account's API tokens and expire it; create a new one where it is needed.",
      revokeUrl: "https://www.kaggle.com/settings",
      audit:
        "Review the account's datasets, models, notebooks and competition submissions for changes you did not make.",
      bestPractices: [
        "in Colab and Kaggle notebooks, read the token from the platform's secrets store",
        "create one token per machine or pipeline, so that each can be expired alone",
      ],
    },
    keywords: ["KGAT_"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_])(?<secret>KGAT_[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    examples: [
      () => `export KAGGLE_API_TOKEN=KGAT_${key("kaggle-token-1")}`,
      () => `os.environ['KAGGLE_KEY'] = "KGAT_${key("kaggle-token-2")}"`,
    ],
    negatives: [
      "export KAGGLE_API_TOKEN=KGAT_...        # Settings -> API -> Create New Token",
      "#define CPC_Cx_STAT_CONF_CLKGAT_IMPL\t\tBIT(17)",
      () => `KAGGLE_API_TOKEN=KGAT_${key("kaggle-token-short").slice(0, 20)}`,
    ],
    references: ["https://www.kaggle.com/docs/api"],
  },
];
