import { mentionedNear } from "../catalog/nearby.js";
import { ASSIGN, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("base64url", 40, label);
/** A bare SecretKey name, or a positional SDK call, counts only in a file about Qiniu. */
const QINIU_MENTION = /qiniu|七牛|qbox|clouddn\.com/i;

export const detectors: Detector[] = [
  {
    id: "qiniu-secret-key",
    name: "Qiniu Cloud SecretKey",
    vendor: "Qiniu",
    family: "Access Key",
    severity: "high",
    confidence: "medium",
    description:
      "Qiniu Cloud (七牛云) provides object storage (Kodo), a CDN, media processing and SMS. API requests and upload tokens are signed with a key pair: an AccessKey and a SecretKey, each 40 URL-safe base64 characters. The SecretKey is recognised under a Qiniu name, under a bare SecretKey name in a file that uses Qiniu (an INI [qiniu] section, the SDK's import), or as the second argument of the SDKs' Auth(...), Auth.create(...), digest.Mac(...) and qbox.NewMac(...); its AccessKey is reported with it.",
    security: [
      "With the pair an attacker can list, read, overwrite and delete every object in the account's buckets, including private ones, and sign upload tokens for them.",
      "CDN and storage traffic run up on the account's bill, and SMS sent through it can be used for fraud.",
    ],
    mitigation: {
      revoke:
        "In the Qiniu portal open Personal Center > Key Management (密钥管理), create a new key pair, switch every application to it, then disable and delete the leaked pair. Qiniu allows two active pairs so that the switch needs no downtime.",
      revokeUrl: "https://portal.qiniu.com/user/key",
      audit:
        "Review the buckets' access logs and the account's bills for reads, writes, deletions and traffic during the exposure window, and check for upload tokens or domains you did not create.",
      bestPractices: [
        "sign upload tokens on the server and give clients only short-lived tokens scoped to one bucket or key",
        "use sub-accounts (IAM) with only the buckets an application needs",
        "read the pair from the environment or a secret store, never from configuration in the repository",
      ],
    },
    keywords: ["qiniu", "qbox"],
    // The name and its pair may sit a section or an import away from the word Qiniu.
    window: { before: 2000, after: 2000, multiline: true },
    pattern: new RegExp(
      String.raw`(?:(?:qiniu|Qiniu|QINIU)[A-Za-z0-9_.-]{0,20}(?:secret|Secret|SECRET|_sk|_SK|\.sk)[A-Za-z0-9_.-]{0,8}${ASSIGN}|(?<![A-Za-z0-9_])(?<bare>secret[_-]?key|SecretKey|SECRET_KEY|secretKey|SK)${ASSIGN}|(?<call>(?<![A-Za-z0-9_])(?:Auth(?:\.create)?|digest\.Mac|NewMac))\([ \t]{0,3}["'][A-Za-z0-9_-]{40}["'][ \t]{0,3},[ \t]{0,3}["'])(?<secret>[A-Za-z0-9_-]{40})${TOKEN_END}`,
    ),
    validate: (_secret, context) =>
      (context.groups.bare === undefined && context.groups.call === undefined) ||
      mentionedNear(context, QINIU_MENTION, 2000)
        ? true
        : "a SecretKey name or Auth call with no Qiniu around it",
    companions: [
      {
        name: "AccessKey",
        pattern:
          /(?:(?:access[_-]?key|AccessKey|ACCESS_KEY|accessKey|_ak|_AK|\bAK)["']?[ \t]{0,12}(?:=>|[:=])[ \t]{0,4}["']?|(?:Auth(?:\.create)?|digest\.Mac|NewMac)\([ \t]{0,3}["'])(?<value>[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
        within: 600,
      },
    ],
    examples: [
      () => `QINIU_ACCESS_KEY=${key("qiniu-ak-1")}\nQINIU_SECRET_KEY=${key("qiniu-sk-1")}`,
      () =>
        `[qiniu]\n# 存储区域\nZone = 1\nAccessKey = ${key("qiniu-ak-2")}\nSecretKey = ${key("qiniu-sk-2")}\nBucket = media`,
      () => `from qiniu import Auth\n\nq = Auth('${key("qiniu-ak-3")}', '${key("qiniu-sk-3")}')`,
      () =>
        `qiniu:\n  access-key: ${key("qiniu-ak-4")}\n  secret-key: ${key("qiniu-sk-4")}\n  bucket: avatars`,
    ],
    negatives: [
      "qiniu.secret-key=your-qiniu-secret-key",
      "QINIU_SECRET_KEY=asdasdasdasdasdasdasdasdasdasdasdasdasd",
      "q = Auth(os.environ['QINIU_AK'], os.environ['QINIU_SK'])",
      // A 40-character secret key with no Qiniu in sight is another service's.
      () => `SECRET_KEY = '${key("qiniu-other")}'`,
    ],
    references: [
      "https://developer.qiniu.com/kodo/1277/product-introduction",
      "https://portal.qiniu.com/user/key",
    ],
  },
];
