import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "zulip-api-key",
    name: "Zulip API key",
    vendor: "Zulip",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Zulip is an open-source team chat. Each user and bot has an API key (32 letters and digits) used with its e-mail address as Basic auth, often stored in a zuliprc file under [api].",
    security: [
      "Streams and private messages the user or bot can see can be read.",
      "Messages can be sent as the user or bot; an admin's key can change users and settings.",
    ],
    mitigation: {
      revoke:
        'In Zulip open Personal settings > Account & privacy > API key and click "Generate new API key"; bot keys are regenerated from Personal settings > Bots.',
      revokeUrl: "https://zulip.com/api/api-keys",
      audit: "Review messages sent by the user or bot during the exposure window.",
      bestPractices: ["use bots with only the streams they need instead of personal keys"],
    },
    keywords: ["zulip", "[api]"],
    pattern: new RegExp(
      String.raw`(?:${vendorNameAtWordStart(["zulip"], ["key", "token", "secret"])}${ASSIGN_LOOSE}|\[api\][ \t]{0,3}\r?\n(?:[A-Za-z_]{1,16}[ \t]{0,3}=[^\n]{0,200}\r?\n){0,3}key[ \t]{0,3}=[ \t]{0,3})(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    window: { before: 128, after: 512, multiline: true },
    minEntropy: 3.5,
    examples: [
      () => `ZULIP_API_KEY=${randomChars("alnum", 32, "zulip-1")}`,
      () =>
        `[api]\nemail=bot@chat.example.com\nkey=${randomChars("alnum", 32, "zulip-2")}\nsite=https://chat.example.com`,
    ],
    negatives: [
      "ZULIP_API_KEY=your_zulip_api_key_here",
      () => `ZULIP_API_KEY=${randomChars("alnum", 29, "zulip-api-key-short")}`,
      () => `ZULIP_URL=${randomChars("alnum", 32, "zulip-api-key-noname")}`,
    ],
    references: [
      "https://zulip.com/api/api-keys",
      "https://zulip.com/api/configuring-python-bindings",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/zulipchat/zulipchat.go",
    ],
  },
];
