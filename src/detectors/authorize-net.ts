import { mentionedNear } from "../catalog/nearby.js";
import { ASSIGN_LOOSE, commonCases, SIGNATURE_KEY_NAME } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/*
 * Authorize.net's keys have no prefix: a Transaction Key is 16 letters and digits, a Signature
 * Key 128 hexadecimal characters. Both are found by their names near an Authorize.net setting
 * (`authorizenet.`, `AUTHORIZE_NET_`, an `authorize:` section).
 */
const NEAR_AUTHORIZE_NET = { before: 400, after: 400, multiline: true };
const keywords = ["authorizenet", "authorize.net", "authorize_net", "authorize-net", "authnet"];
const AUTHORIZE_NET_MENTION = /authorize[._-]?net|authnet/i;
const revokeUrl = "https://support.authorize.net/knowledgebase/Knowledgearticle/?code=KA-07619";
const audit =
  "Review the Merchant Interface's transaction search (unsettled and settled batches, refunds and voids) and Account > User Activity for the exposure window.";

export const detectors: Detector[] = [
  {
    id: "authorize-net-transaction-key",
    name: "Authorize.net transaction key",
    vendor: "Authorize.net",
    family: "API Key",
    severity: "critical",
    confidence: "medium",
    description:
      "Authorize.net, Visa's payment gateway, authenticates API calls with the merchant's API Login ID and Transaction Key (16 letters and digits). The Login ID identifies the account; the Transaction Key is the secret.",
    security: [
      "With the Login ID (usually beside it) the key charges cards, issues refunds to any card and voids transactions.",
      "Customer profiles with stored payment methods can be read and charged.",
    ],
    mitigation: {
      revoke:
        "In the Merchant Interface go to Account > Settings > Security Settings > API Credentials & Keys, answer the security question and create a new Transaction Key (optionally disabling the old one at once); deploy the new key.",
      revokeUrl,
      audit,
      bestPractices: ["keep the Transaction Key on the server; Accept.js uses the public client key"],
    },
    // Also the SDKs' own setter (merchantAuthenticationType.setTransactionKey), which needs no
    // mention of Authorize.net around it.
    keywords: [...keywords, "settransactionkey("],
    window: NEAR_AUTHORIZE_NET,
    pattern: new RegExp(
      `(?:(?<name>(?:${commonCases("transaction", "trans")})[_.-]?(?:${commonCases("key")}))${ASSIGN_LOOSE}|setTransactionKey\\([ \\t]{0,3}["'])(?<secret>[A-Za-z0-9]{16})(?![A-Za-z0-9_-])`,
    ),
    validate: (_secret, context) =>
      context.groups.name === undefined || mentionedNear(context, AUTHORIZE_NET_MENTION, 400, 400)
        ? true
        : "no mention of Authorize.net nearby",
    examples: [
      () =>
        `authorizenet.api-login-id=${randomChars("alnum", 10, "anet-login")}\nauthorizenet.transaction-key=${randomChars("alnum", 16, "anet-1")}`,
      () => `AUTHORIZE_NET_LOGIN_ID=x\nAUTHORIZE_NET_TRANSACTION_KEY="${randomChars("alnum", 16, "anet-2")}"`,
      () => `$merchantAuthentication->setTransactionKey("${randomChars("alnum", 16, "anet-3")}");`,
    ],
    negatives: [
      "authorizenet.transaction-key=${AUTHNET_TRANSACTION_KEY}",
      "authorizenet.transaction-key=YOUR_TRANSACTION_KEY",
      () => `TRANSACTION_KEY=${randomChars("alnum", 16, "anet-noctx")}`,
    ],
    references: [revokeUrl, "https://support.authorize.net/knowledgebase/article/000001271/en-us"],
  },
  {
    id: "authorize-net-signature-key",
    name: "Authorize.net signature key",
    vendor: "Authorize.net",
    family: "Webhook Secret",
    severity: "high",
    confidence: "medium",
    description:
      "Authorize.net's Signature Key (128 hexadecimal characters) signs webhook notifications and the transaction hash of responses with HMAC-SHA512; the merchant's server checks the signature before it trusts a payment event.",
    security: [
      "With the key, anyone can forge webhook events and transaction responses the server accepts: orders marked as paid that never were.",
    ],
    mitigation: {
      revoke:
        "In the Merchant Interface go to Account > Settings > Security Settings > API Credentials & Keys and create a new Signature Key; deploy it to the server that verifies the signatures.",
      revokeUrl,
      audit,
      bestPractices: ["keep the Signature Key beside the Transaction Key, in a secret store"],
    },
    keywords,
    window: NEAR_AUTHORIZE_NET,
    pattern: new RegExp(`${SIGNATURE_KEY_NAME}${ASSIGN_LOOSE}(?<secret>[0-9A-Fa-f]{128})(?![0-9A-Za-z])`),
    examples: [
      () => `authorizenet.signature-key=${randomChars("hexUpper", 128, "anet-sig-1")}`,
      () => `authorize_net:\n  signature_key: "${randomChars("hexUpper", 128, "anet-sig-2")}"`,
    ],
    negatives: [
      "authorizenet.signature-key=${AUTHNET_SIGNATURE_KEY}",
      () => `SIGNATURE_KEY=${randomChars("hexUpper", 128, "anet-sig-noctx")}`,
    ],
    references: [revokeUrl],
  },
];
