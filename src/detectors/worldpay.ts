import { UUID } from "../catalog/patterns.js";
import { randomUuid } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "worldpay-service-key",
    name: "Worldpay Online service key",
    vendor: "Worldpay",
    family: "API Key",
    severity: "critical",
    confidence: "high",
    description:
      "Worldpay Online (the card-not-present API for small merchants) gives each account a service key for server calls, T_S_ (test) or L_S_ (live) followed by a UUID, sent as the Authorization header; the client key (T_C_, L_C_) is for the browser and is public.",
    security: [
      "A live service key charges stored card tokens, refunds orders to any card and reads order history.",
      "Payouts and refunds made with the key move the merchant's money.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Worldpay Online dashboard, regenerate the service key in the account's API key settings, and deploy the new key to the server; the old key stops working.",
      revokeUrl: "https://online.worldpay.com/docs",
      audit: "Review orders, refunds and settlements in the dashboard for the exposure window.",
      bestPractices: ["keep the service key on the server; only the client key belongs in a web page"],
    },
    keywords: ["t_s_", "l_s_"],
    keywordPrecededBy: /[^A-Za-z0-9]/,
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>[TL]_S_${UUID})(?![A-Za-z0-9_-])`),
    examples: [
      () => `worldpay.online.service-key=L_S_${randomUuid("worldpay-1")}`,
      () => `#worldpay.online.service-key=T_S_${randomUuid("worldpay-2")}`,
      () => `WORLDPAY_SERVICE_KEY="L_S_${randomUuid("worldpay-3")}"`,
    ],
    negatives: [
      // The client key is public by design.
      () => `worldpay.online.client-key=L_C_${randomUuid("worldpay-client")}`,
      "WORLDPAY_SERVICE_KEY=T_S_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    ],
    references: ["https://online.worldpay.com/docs"],
  },
];
