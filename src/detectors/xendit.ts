import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const about =
  "Xendit is a payment gateway for Southeast Asia (Indonesia, the Philippines, Thailand, Vietnam, Malaysia): cards, virtual accounts, e-wallets, QR codes and disbursements. Secret API keys are xnd_production_ or xnd_development_ followed by about 60 alphanumerics, used as the HTTP Basic username; public keys (xnd_public_...) are meant for the browser.";
const key = (env: string, label: string) => `xnd_${env}_${randomChars("alnum", 61, label)}`;
const mitigation = {
  revoke:
    "In the Xendit dashboard open Settings > Developers > API Keys, delete the leaked secret key, and generate a new one with only the permissions it needs (Read or Write per product); update XENDIT_SECRET_KEY.",
  revokeUrl: "https://dashboard.xendit.co/settings/developers#api-keys",
  audit:
    "Review Transactions, Disbursements and the balance history in the dashboard, and Settings > Developers > Webhooks (callback URLs) for activity and changes during the exposure window.",
  bestPractices: [
    "give each key only the product permissions it needs, with disbursement write access only where required",
    "set an IP allowlist for API access",
    "keep development and production keys in separate secret stores",
  ],
};
// Reading the account balance moves no money.
const verify = {
  method: "GET" as const,
  url: "https://api.xendit.co/balance",
  basicAuth: { user: "{secret}", password: "" },
  live: [200],
  dead: [401],
};

export const detectors: Detector[] = [
  {
    id: "xendit-production-secret-key",
    name: "Xendit production secret API key",
    vendor: "Xendit",
    family: "API Key",
    severity: "critical",
    description: `${about} Production keys move real money.`,
    security: [
      "With disbursement permission the attacker can send money from the account's balance to any bank account or e-wallet.",
      "Payments, customers and their bank or e-wallet details can be read.",
      "Callback URLs and invoices can be created or changed to redirect customers' payments.",
    ],
    mitigation,
    keywords: ["xnd_production_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xnd_production_[A-Za-z0-9]{55,70})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    verify,
    examples: [
      () => `XENDIT_SECRET_KEY=${key("production", "xendit-1")}`,
      () => `Xendit::setApiKey('${key("production", "xendit-2")}');`,
    ],
    negatives: ["XENDIT_SECRET_KEY=xnd_production_xxxxxxxxx", 'secret_key="xnd_production_looks_real"'],
    references: ["https://docs.xendit.co/apidocs/authentication", "https://docs.xendit.co/docs/api-keys"],
  },
  {
    id: "xendit-development-secret-key",
    name: "Xendit development secret API key",
    vendor: "Xendit",
    family: "API Key",
    severity: "low",
    description: `${about} Development keys work in test mode, where no money moves.`,
    security: [
      "Test transactions and settings of the account can be read and changed.",
      "A development key in code suggests the production key may be handled the same way.",
    ],
    mitigation,
    keywords: ["xnd_development_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xnd_development_[A-Za-z0-9]{55,70})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    verify,
    examples: [
      () => `XENDIT_SECRET_KEY=${key("development", "xendit-d-1")}`,
      () => `xendit:\n  secret_key: "${key("development", "xendit-d-2")}"`,
    ],
    negatives: [
      'placeholder="xnd_development_..."',
      () => `xnd_development_${randomChars("alnum", 20, "xendit-short")}`,
    ],
    references: ["https://docs.xendit.co/apidocs/authentication"],
  },
];
