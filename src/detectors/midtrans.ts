import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Midtrans is an Indonesian payment gateway (cards, bank transfers, GoPay, QRIS) owned by GoTo. Each merchant has a client key for the browser and a server key, Mid-server- (SB-Mid-server- in the sandbox) followed by 24 characters, used as the HTTP Basic username of the Core, Snap and Iris APIs.";
const key = (prefix: string, label: string) => `${prefix}Mid-server-${randomChars("base64url", 24, label)}`;
const mitigation = {
  revoke:
    "Sign in to the Midtrans Merchant Administration Portal (MAP), switch to the environment of the leaked key, open Settings > Access Keys, and regenerate the server key; update MIDTRANS_SERVER_KEY everywhere it is used.",
  revokeUrl: "https://dashboard.midtrans.com/settings/config_info",
  audit:
    "Review Transactions in the MAP for charges, refunds and status changes you did not make, and check Settings > Configuration (notification and redirect URLs) for changes.",
  bestPractices: [
    "keep the server key on the backend; only the client key belongs in Snap.js",
    "verify every payment notification's signature with the server key before trusting it",
  ],
};

export const detectors: Detector[] = [
  {
    id: "midtrans-server-key",
    name: "Midtrans production server key",
    vendor: "Midtrans",
    family: "API Key",
    severity: "critical",
    description: `${about} Production keys charge real customers.`,
    security: [
      "Transactions and customers' details of the merchant can be read.",
      "The attacker can refund, cancel or capture transactions, and forge payment notifications whose signatures verify.",
      "With Iris access, payouts can be created from the merchant's balance.",
    ],
    mitigation,
    keywords: ["Mid-server-"],
    caseSensitiveKeywords: true,
    // A sandbox key is the same with `SB-` in front: that one is reported by its own detector.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>Mid-server-[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `MIDTRANS_SERVER_KEY=${key("", "midtrans-1")}`,
      () => `\\Midtrans\\Config::$serverKey = '${key("", "midtrans-2")}';`,
    ],
    negatives: ["MIDTRANS_SERVER_KEY=Mid-server-xxxx", 'ServerKey: "Mid-server-ABCD1234"'],
    references: [
      "https://docs.midtrans.com/docs/access-keys",
      "https://docs.midtrans.com/reference/http-s-header",
    ],
  },
  {
    id: "midtrans-sandbox-server-key",
    name: "Midtrans sandbox server key",
    vendor: "Midtrans",
    family: "API Key",
    severity: "low",
    description: `${about} Sandbox keys only reach the simulator.`,
    security: [
      "Sandbox transactions and settings of the merchant can be read and changed.",
      "A sandbox key in code suggests the production key may be handled the same way.",
    ],
    mitigation,
    keywords: ["SB-Mid-server-"],
    caseSensitiveKeywords: true,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>SB-Mid-server-[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: [
      () => `MIDTRANS_SERVER_KEY=${key("SB-", "midtrans-sb-1")}`,
      () => `s.New("${key("SB-", "midtrans-sb-2")}", midtrans.Sandbox)`,
    ],
    negatives: ["MIDTRANS_SERVER_KEY=SB-Mid-server-xxx", "const SERVER_KEY = 'SB-Mid-server-TESTKEY'"],
    references: ["https://docs.midtrans.com/docs/access-keys"],
  },
];
