import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "alphavantage-api-key",
    name: "Alpha Vantage API key",
    vendor: "Alpha Vantage",
    family: "API Key",
    severity: "low",
    description:
      "Alpha Vantage serves stock, forex, crypto and economic market data over a REST API. Its API keys are 16 upper-case letters and digits, sent as the apikey query parameter; notebooks and trading scripts keep them as ALPHA_VANTAGE_KEY or in the query URL.",
    security: [
      "Anyone with the key spends its request quota: the free tier's daily limit, or a paid plan's rate, until the owner's own scripts are refused.",
      "Premium keys give whoever holds them the paid data feeds billed to the owner.",
    ],
    mitigation: {
      revoke:
        "Alpha Vantage has no self-service revocation: request a new key at alphavantage.co/support/#api-key (premium members through their account or support) and ask support to disable the leaked one; update the scripts that use it.",
      revokeUrl: "https://www.alphavantage.co/support/#api-key",
      audit:
        "Watch for the scripts' requests being refused for quota reasons sooner than their own use explains.",
      bestPractices: [
        "read the key from the environment in notebooks, and clear outputs that print request URLs",
      ],
    },
    keywords: ["alphavantage", "alpha_vantage", "alpha-vantage"],
    pattern: new RegExp(
      `(?:${vendorName(["alphavantage", "alpha_vantage", "alphaVantage", "alpha-vantage"], ["key", "token", "apikey"])}${ASSIGN_LOOSE}|alphavantage\\.co\\/query\\?[^\\s"'<>]{0,300}?[?&]apikey=)(?<secret>[A-Z0-9]{16})${TOKEN_END}`,
    ),
    examples: [
      () => `alpha_vantage_key = "${randomChars("upperAlnum", 16, "av-1")}"`,
      () =>
        `url = "https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=${randomChars("upperAlnum", 16, "av-2")}"`,
    ],
    negatives: [
      "https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=demo",
      "ALPHA_VANTAGE_KEY=YOUR_API_KEY_HERE",
    ],
    references: ["https://www.alphavantage.co/documentation/"],
  },
];
