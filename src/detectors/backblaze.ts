import { ASSIGN, BASE64_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "backblaze-b2-application-key",
    name: "Backblaze B2 application key",
    vendor: "Backblaze",
    family: "Access Key",
    severity: "high",
    confidence: "medium",
    description:
      "Backblaze B2 is a cloud object storage service with native and S3-compatible APIs. Access uses an application key ID with its application key (31 characters, starting with K and three digits), recognised by names such as B2_APPLICATION_KEY, B2_APP_KEY or AWS_SECRET_ACCESS_KEY next to a backblazeb2.com endpoint, or as the `key` of an rclone remote of `type = b2`.",
    security: [
      "With its key ID, the key lists, downloads, uploads and deletes files in the buckets it is allowed to reach (all buckets for master or unrestricted keys).",
      "A key with writeKeys capability creates further application keys for persistence.",
      "Deleted or overwritten backups may be unrecoverable unless Object Lock is enabled.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Backblaze web console, open B2 Cloud Storage > Application Keys, and Delete the key whose keyID matches (for the master application key, select Generate New Master Application Key, which invalidates the old one); CLI: `b2 key delete <applicationKeyId>`.",
      revokeUrl: "https://secure.backblaze.com/app_keys.htm",
      audit:
        "Review bucket contents, file versions and lifecycle rules for changes, check the account's Reports for unusual transactions, and enable Event Notifications for future monitoring.",
      bestPractices: [
        "create application keys restricted to one bucket, a name prefix and only the needed capabilities",
        "never use the master application key in applications",
        "enable Object Lock on backup buckets",
      ],
    },
    keywords: [
      "b2_application_key",
      "b2_app_key",
      "b2_secret",
      "b2applicationkey",
      "b2_key",
      "backblaze",
      // An rclone remote: `type = b2`, then its `account` and `key` lines.
      "type = b2",
      "type=b2",
    ],
    window: { before: 64, after: 1024, multiline: true },
    pattern: new RegExp(
      `(?:B2_APPLICATION_KEY|B2_APP_KEY|B2_SECRET_KEY|B2_KEY|BACKBLAZE_APPLICATION_KEY|BACKBLAZE_APP_KEY|BACKBLAZE_KEY|b2_application_key|b2_app_key|b2ApplicationKey|backblaze_application_key|applicationKey|type[ \t]{0,3}=[ \t]{0,3}b2[ \t]*\r?\n(?:[ \t]*[a-z_]{1,40}[ \t]*=[^\n]{0,200}\n){0,12}?[ \t]*key(?=[ \t]*=))${ASSIGN}(?<secret>K[0-9]{3}[A-Za-z0-9+/]{27})${BASE64_END}`,
    ),
    examples: [
      () =>
        `B2_APPLICATION_KEY_ID=005${randomChars("hexLower", 9, "b2-1i")}0000000001\nB2_APPLICATION_KEY=K005${randomChars("base64", 27, "b2-1")}`,
      () =>
        `services:\n  backup:\n    environment:\n      B2_ACCOUNT_ID: 005${randomChars("hexLower", 9, "b2-2i")}0000000002\n      B2_APP_KEY: K005${randomChars("base64", 27, "b2-2")}`,
      () =>
        `{"backblaze": {"applicationKeyId": "005${randomChars("hexLower", 9, "b2-3i")}0000000003", "applicationKey": "K005${randomChars("base64", 27, "b2-3")}"}}`,

      () =>
        `[backups]\ntype = b2\naccount = 005${randomChars("hexLower", 9, "b2-4i")}0000000004\nkey = K005${randomChars("base64", 27, "b2-4")}\nhard_delete = false`,
    ],
    negatives: [
      "B2_APPLICATION_KEY=<applicationKey>",
      () => `B2_APPLICATION_KEY=K005${randomChars("base64", 15, "b2-short")}`,
      // Another remote's key after a b2 remote: the section ends at the next `[name]`.
      () =>
        `[b2]\ntype = b2\naccount = 005${randomChars("hexLower", 9, "b2-5i")}0000000005\n\n[other]\nkey = K005${randomChars("base64", 27, "b2-5")}`,
    ],
    references: ["https://www.backblaze.com/docs/cloud-storage-application-keys"],
  },
];
