import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "reply-io-api-key",
    name: "Reply.io API key",
    vendor: "Reply.io",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Reply.io automates sales outreach sequences. Its API key, 24 letters and digits sent in the X-Api-Key header, is recognised next to a Reply.io name (replyio, reply_io), not the everyday word reply.",
    security: [
      "Prospects, with their names, e-mail addresses and phone numbers, and campaign statistics can be read.",
      "Prospects can be added to campaigns, so that e-mails go out in the account's name.",
    ],
    mitigation: {
      revoke:
        "In Reply.io open Settings > API Key, regenerate the key and update the integrations that use it.",
      revokeUrl: "https://run.reply.io/Dashboard/Material#/settings/apikey",
    },
    keywords: ["replyio", "reply_io"],
    pattern: new RegExp(
      `${vendorPhrase(["replyio", "replyIo", "reply_io", "ReplyIo"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{24})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the account's people (prospects): a read that sends nothing and changes nothing.
    verify: {
      method: "GET",
      url: "https://api.reply.io/v1/people",
      headers: { "X-Api-Key": "{secret}" },
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `REPLYIO_API_KEY=${randomChars("alnum", 24, "replyio-1")}`,
      () => `reply_io_key: "${randomChars("alnum", 24, "replyio-2")}"`,
    ],
    negatives: [
      "REPLYIO_API_KEY=<api key>",
      () => `REPLY_API_KEY=${randomChars("alnum", 24, "replyio-other")}`,
    ],
    references: [
      "https://apidocs.reply.io/#authentication",
      "https://github.com/mongodb/kingfisher (rule replyio: 24 characters)",
    ],
  },
];
