import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const hook = (label: string) =>
  `https://hooks.zapier.com/hooks/catch/${randomChars("123456789", 1, `${label}-a`)}${randomChars("digits", 7, `${label}-b`)}/${randomChars("lowerAlnum", 7, `${label}-c`)}/`;

export const detectors: Detector[] = [
  {
    id: "zapier-webhook-url",
    name: "Zapier catch hook URL",
    vendor: "Zapier",
    family: "Webhook",
    severity: "medium",
    description:
      "Zapier automates workflows (Zaps) between thousands of apps. A Webhooks by Zapier catch hook URL (hooks.zapier.com/hooks/catch/<account>/<hook>/) triggers a Zap with whatever data is posted to it; the URL itself is the only credential.",
    security: [
      "Anyone with the URL can trigger the Zap with forged data, for example creating CRM records, sending emails or posting messages through the connected apps.",
      "Flooding the hook consumes the account's task quota and can trigger paid overage.",
      "Zaps that act on the payload (refunds, user creation, deployments) can be abused to perform those actions.",
    ],
    mitigation: {
      revoke:
        "Open the Zap in the Zapier editor; turn it off, then replace its Webhooks by Zapier trigger with a new Catch Hook step (which generates a new URL) or rebuild the Zap, and update the systems that post to it. Deleting the Zap also disables the URL.",
      revokeUrl: "https://zapier.com/app/zaps",
      audit:
        "Review the Zap's run history (Zap History) for triggers that did not come from your systems and for the actions they caused.",
      bestPractices: [
        "validate a shared secret or signature field in the Zap (Filter step) before acting on a payload",
        "keep catch hook URLs in server-side configuration, not in front-end code",
      ],
    },
    keywords: ["hooks.zapier.com"],
    pattern:
      /(?<secret>https?:\/\/hooks\.zapier\.com\/hooks\/catch\/[0-9]{4,12}\/[a-z0-9]{5,12})\/?(?![A-Za-z0-9_-])/,
    examples: [
      () => `ZAPIER_WEBHOOK_URL=${hook("zapier-1")}`,
      () => `await fetch("${hook("zapier-2")}", { method: "POST", body: JSON.stringify(lead) });`,
    ],
    negatives: [
      "ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/123456/abcdef/",
      "ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/<account-id>/<hook-id>/",
    ],
    references: ["https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks"],
  },
];
