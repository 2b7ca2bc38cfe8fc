import { ASSIGN_LOOSE, TOKEN_END, vendorNameAtWordStart } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "uploadcare-secret-key",
    name: "Uploadcare secret key",
    vendor: "Uploadcare",
    family: "Secret Key",
    severity: "high",
    confidence: "medium",
    description:
      'Uploadcare uploads, stores, processes and delivers files. A project\'s REST API uses its public key with a secret key (20 hexadecimal characters each), sent as "Authorization: Uploadcare.Simple public:secret" or signed.',
    security: [
      "Every file of the project can be listed, copied or deleted.",
      "Webhooks can be added to send each new upload elsewhere.",
    ],
    mitigation: {
      revoke:
        "In the Uploadcare dashboard open the project's API keys, add a new secret key, move your servers to it and delete the leaked one.",
      revokeUrl: "https://app.uploadcare.com/projects/-/api-keys/",
      audit: "Review the project's files and webhooks for deletions or endpoints you did not make.",
      bestPractices: ["use signed uploads and keep secret keys on servers"],
    },
    keywords: ["uploadcare", "upload_care"],
    pattern: new RegExp(
      `${vendorNameAtWordStart(["uploadcare", "upload_care"], ["secret", "secret_key", "secretKey"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{20})${TOKEN_END}`,
    ),
    companions: [
      {
        name: "public key",
        pattern:
          /[Pp][Uu][Bb](?:[Ll][Ii][Cc])?_?[Kk][Ee][Yy]["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<value>[a-f0-9]{20})(?![A-Za-z0-9_-])/,
      },
    ],
    // Reads the project's own settings; nothing is changed.
    verify: {
      method: "GET",
      url: "https://api.uploadcare.com/project/",
      headers: {
        Authorization: "Uploadcare.Simple {companion:public key}:{secret}",
        Accept: "application/vnd.uploadcare-v0.7+json",
      },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "pub_key" },
    },
    examples: [
      () =>
        `UPLOADCARE_PUBLIC_KEY=${randomChars("hexLower", 20, "uc-1a")}\nUPLOADCARE_SECRET_KEY=${randomChars("hexLower", 20, "uc-1b")}`,
      () => `uploadcare_secret_key: "${randomChars("hexLower", 20, "uc-2")}"`,
    ],
    negatives: [
      "UPLOADCARE_SECRET_KEY=your_uploadcare_secret_key_here",
      () => `UPLOADCARE_SECRET_KEY=${randomChars("hexLower", 17, "uploadcare-secret-key-short")}`,
      () => `UPLOADCARE_URL=${randomChars("hexLower", 20, "uploadcare-secret-key-noname")}`,
    ],
    references: [
      "https://uploadcare.com/api-refs/rest-api/v0.7.0/#section/Authentication",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/uploadcare/uploadcare.go",
    ],
  },
];
