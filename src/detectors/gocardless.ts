import { TOKEN_START } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/**
 * A token is GoCardless's where GoCardless is named around it: in the variable's name, or a
 * section (`[gocardless]`, `gocardless:`) above it. The exact length keeps other keys out.
 */
const NEAR_GOCARDLESS = { before: 240, after: 240, multiline: true };

const about =
  "GoCardless collects recurring and one-off payments by bank debit (Direct Debit, SEPA, ACH) and open banking.";
const revoke =
  "In the GoCardless Dashboard go to Developers > API access tokens (Developers > Create > Access token to make a new one), find the leaked token and revoke it; create a replacement with only the scope you need (read-only or read-write).";
const audit =
  "Review Payments, Mandates, Customers, Payouts and Developers > Webhooks in the GoCardless Dashboard for changes you did not make during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "gocardless-live-access-token",
    name: "GoCardless live access token",
    vendor: "GoCardless",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description: `${about} Live access tokens (live_ followed by 40 URL-safe characters) authenticate server calls to the GoCardless API for a merchant account.`,
    security: [
      "A read-write token lets an attacker collect payments against customers' existing mandates and cancel or change subscriptions.",
      "Customer names, addresses, e-mails and partial bank details can be read.",
      "Webhook endpoints can be changed to hide activity.",
    ],
    mitigation: {
      revoke,
      revokeUrl: "https://manage.gocardless.com/developers",
      audit,
      bestPractices: [
        "create read-only tokens for reporting and reconciliation tools",
        "keep live tokens only on production servers and rotate them when staff with access leave",
        "verify webhooks with the endpoint secret before acting on them",
      ],
    },
    keywords: ["gocardless", "go_cardless"],
    window: NEAR_GOCARDLESS,
    pattern: new RegExp(`${TOKEN_START}(?<secret>live_[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=-])`),
    // Lists the creditors the token manages: a GET that moves no money.
    verify: {
      method: "GET",
      url: "https://api.gocardless.com/creditors?limit=1",
      headers: { Authorization: "Bearer {secret}", "GoCardless-Version": "2015-07-06" },
      live: [200],
      dead: [401],
      liveRequires: { field: "creditors" },
    },
    examples: [
      () => `GOCARDLESS_ACCESS_TOKEN=live_${randomChars("base64url", 40, "gc-1")}`,
      () => `gocardless:\n  gocardless_token: "live_${randomChars("base64url", 40, "gc-2")}"`,
      () => `go_cardless_access_token = 'live_${randomChars("base64url", 40, "gc-3")}'`,
      () =>
        `[gocardless]\nenvironment = "live"\naccess_token = "live_${randomChars("base64url", 40, "gc-4")}"`,
    ],
    negatives: [
      "GOCARDLESS_ACCESS_TOKEN=live_...",
      () => `GOCARDLESS_ACCESS_TOKEN=live_${randomChars("base64url", 30, "gc-short")}`,
    ],
    references: [
      "https://developer.gocardless.com/getting-started/api/making-your-first-request/",
      "https://developer.gocardless.com/api-reference#creditors-list-creditors",
    ],
  },
  {
    id: "gocardless-sandbox-access-token",
    name: "GoCardless sandbox access token",
    vendor: "GoCardless",
    family: "Access Token",
    severity: "low",
    confidence: "medium",
    description: `${about} Sandbox access tokens (sandbox_ followed by 40 characters) work only against the sandbox environment with test data.`,
    security: [
      "An attacker can read and change test customers, mandates and payments.",
      "A sandbox token in a repository often sits next to configuration that holds the live token.",
    ],
    mitigation: {
      revoke:
        "Sign in to the GoCardless sandbox Dashboard, open Developers > API access tokens and revoke the token.",
      revokeUrl: "https://manage-sandbox.gocardless.com/developers",
      audit: "Review the sandbox account's recent events for activity you did not create.",
      bestPractices: [
        "load sandbox tokens from environment variables like live ones",
        "keep sandbox and live tokens in separate secret stores",
      ],
    },
    keywords: ["gocardless", "go_cardless"],
    window: NEAR_GOCARDLESS,
    pattern: new RegExp(`${TOKEN_START}(?<secret>sandbox_[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=-])`),
    // Lists the sandbox creditors the token manages: a GET with no side effect.
    verify: {
      method: "GET",
      url: "https://api-sandbox.gocardless.com/creditors?limit=1",
      headers: { Authorization: "Bearer {secret}", "GoCardless-Version": "2015-07-06" },
      live: [200],
      dead: [401],
      liveRequires: { field: "creditors" },
    },
    examples: [
      () => `GOCARDLESS_ACCESS_TOKEN=sandbox_${randomChars("base64url", 40, "gc-sbx-1")}`,
      () => `{"gocardlessToken": "sandbox_${randomChars("base64url", 40, "gc-sbx-2")}"}`,
    ],
    negatives: [
      "GOCARDLESS_ACCESS_TOKEN=sandbox_<token>",
      () => `sandbox_${randomChars("base64url", 40, "gc-sbx-noctx")}`,
    ],
    references: [
      "https://developer.gocardless.com/getting-started/api/making-your-first-request/",
      "https://developer.gocardless.com/api-reference#creditors-list-creditors",
    ],
  },
];
