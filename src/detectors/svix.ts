import { mentionedNear } from "../catalog/nearby.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/**
 * Words near a whsec_ secret that name Svix or a service that sends its webhooks through Svix
 * (Clerk, Resend, the Standard Webhooks libraries): Stripe's detector stands back on them.
 */
export const SVIX_CONTEXT = /svix|clerk|resend|standard-?webhooks|webhook-signature/i;

/** 24 random bytes in base64, as Svix generates a secret: 32 characters, no padding. */
const secret = (label: string) => `whsec_${randomChars("base64", 32, label)}`;

/**
 * Svix's secret is base64, Stripe's is letters and digits (or hex): a + or / settles it; a
 * body of letters and digits alone is Svix's only with a Svix word nearby.
 */
const svixSecret: Validator = (value, context) => {
  const body = value.slice("whsec_".length);
  const bytes = Buffer.from(body, "base64").length;
  if (bytes < 24 || bytes > 64) return `decodes to ${bytes} bytes, not a Svix secret's 24 to 64`;
  if (/[+/]/.test(body) || mentionedNear(context, SVIX_CONTEXT, 300, value.length + 300)) return true;
  return "letters and digits only, with no Svix word nearby (Stripe's shape, reported by stripe-webhook-secret)";
};

export const detectors: Detector[] = [
  {
    id: "svix-webhook-signing-secret",
    name: "Svix webhook signing secret",
    vendor: "Svix",
    family: "Signing Secret",
    severity: "medium",
    description:
      "Svix delivers webhooks for many services (Clerk, Resend, and every app built on Svix or the Standard Webhooks libraries) and signs each message with an endpoint's secret: whsec_ followed by base64 random bytes, kept by the receiving app as CLERK_WEBHOOK_SECRET, RESEND_WEBHOOK_SECRET, SVIX_WEBHOOK_SECRET and the like.",
    security: [
      "Anyone with the secret can sign forged events that the endpoint accepts as genuine: a user created or deleted, a payment or an e-mail event that never happened, acted upon by the app.",
      "The secret does not give access to the sending service's API.",
    ],
    mitigation: {
      revoke:
        "Rotate the endpoint's signing secret where the webhook is configured (Clerk Dashboard > Webhooks, Resend > Webhooks, the Svix App Portal or the Rotate Endpoint Secret API), deploy the new secret to the receiving app, and let the old one expire (Svix keeps it valid for 24 hours after a rotation).",
      revokeUrl: "https://docs.svix.com/receiving/verifying-payloads/how",
      audit:
        "Compare the events the app processed during the exposure window with the sender's message log (the Svix App Portal or the service's webhook attempts); an event the sender never sent was forged.",
      bestPractices: [
        "verify every message with the Svix or Standard Webhooks library and reject old timestamps",
        "keep the secret in the deployment's secret store, one per environment",
      ],
    },
    keywords: ["whsec_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9_+/=])/,
    validate: svixSecret,
    examples: [
      () =>
        `CLERK_WEBHOOK_SECRET="whsec_${randomChars("alnum", 12, "svix-1")}+${randomChars("base64", 19, "svix-1b")}"`,
      () => `const wh = new Webhook("${secret("svix-2").replace(/^whsec_./, "whsec_/")}");`,
      () => `RESEND_WEBHOOK_SECRET=whsec_${randomChars("alnum", 32, "svix-3")}`,
    ],
    negatives: [
      "CLERK_WEBHOOK_SECRET=whsec_...",
      () => `STRIPE_WEBHOOK_SECRET=whsec_${randomChars("alnum", 32, "svix-stripe")}`,
      () => `SVIX_SECRET=whsec_${randomChars("base64", 12, "svix-short")}`,
    ],
    references: [
      "https://docs.svix.com/receiving/verifying-payloads/how-manual",
      "https://clerk.com/docs/webhooks/sync-data",
    ],
  },
];
