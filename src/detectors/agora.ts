import { mentionedNear } from "../catalog/nearby.js";
import { ASSIGN_LOOSE, commonCases, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Agora";

export const detectors: Detector[] = [
  {
    id: "agora-app-certificate",
    name: "Agora app certificate",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Agora provides real-time voice, video and messaging SDKs. The app certificate (32 hexadecimal characters) is the server-side key a project's access tokens are signed with. It has no prefix, so it is recognised in a name that mentions Agora, or as an appCertificate in a file or block that does.",
    security: [
      "Anyone with it can mint tokens that join, publish to or eavesdrop on any channel of the project.",
      "Usage minted this way is billed to the project's owner.",
    ],
    mitigation: {
      revoke:
        "In Agora Console open the project, enable the secondary app certificate, move your token servers to it, then disable and delete the leaked primary certificate.",
      revokeUrl: "https://console.agora.io/projects",
      audit:
        "Review the Agora Console's usage and billing pages for minutes and channels you did not create.",
      bestPractices: [
        "generate RTC tokens on your own server; never ship the app certificate or customer secret in a client app",
      ],
    },
    // Also a bare appCertificate in a file or block that names Agora (config/agora.json).
    keywords: ["agora", "appcertificate", "app_certificate"],
    window: { before: 400, after: 64, multiline: true },
    pattern: new RegExp(
      `(?:${vendorName(["agora"], ["certificate", "Certificate", "cert", "Cert"])}|(?<bare>(?:${commonCases("app")})[_.-]?(?:${commonCases("certificate")})))${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    validate: (_secret, context) =>
      context.groups.bare === undefined ||
      /agora[^/]*$/i.test(context.path ?? "") ||
      mentionedNear(context, /agora/i, 400, 64)
        ? true
        : "no mention of Agora nearby",
    examples: [
      () => `AGORA_APP_CERTIFICATE=${randomChars("hexLower", 32, "agora-app-certificate-1")}`,
      () => `agora_app_certificate: "${randomChars("hexLower", 32, "agora-app-certificate-2")}"`,
      () => `const agoraAppCertificate = "${randomChars("hexLower", 32, "agora-app-certificate-3")}";`,
      () =>
        `# Agora voice\nvoice:\n  appId: "${randomChars("hexLower", 32, "agora-app-id-4")}"\n  appCertificate: "${randomChars("hexLower", 32, "agora-app-certificate-4")}"`,
    ],
    negatives: [
      "AGORA_APP_CERTIFICATE=<your app certificate>",
      () => `AGORA_APP_CERTIFICATE=${randomChars("hexLower", 24, "agora-app-certificate-short")}`,
      () => `appCertificate: "${randomChars("hexLower", 32, "agora-app-certificate-other")}"`,
    ],
    references: [
      "https://docs.agora.io/en/video-calling/reference/restful-authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/agora",
    ],
  },
  {
    id: "agora-customer-secret",
    name: "Agora customer secret",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Agora provides real-time voice, video and messaging SDKs. The customer ID and customer secret (32 hexadecimal characters each) authenticate Agora's RESTful API with HTTP Basic auth. It has no prefix, so it is recognised in a name that mentions Agora, or as an appCertificate in a file or block that does.",
    security: [
      "The RESTful API can list and change projects, kick users from channels and start cloud recordings billed to the account.",
    ],
    mitigation: {
      revoke:
        "In Agora Console open Developer Toolkit > RESTful API, delete the leaked customer ID and secret pair and add a new one.",
      revokeUrl: "https://console.agora.io/restfulApi",
      audit:
        "Review the Agora Console's usage and billing pages for minutes and channels you did not create.",
      bestPractices: [
        "generate RTC tokens on your own server; never ship the app certificate or customer secret in a client app",
      ],
    },
    keywords: ["agora"],
    pattern: new RegExp(
      `${vendorName(["agora"], ["customer_secret", "customerSecret", "CustomerSecret"])}${ASSIGN_LOOSE}(?<secret>[a-f0-9]{32})${TOKEN_END}`,
    ),
    companions: [
      {
        name: "customer ID",
        pattern:
          /(?:customer_?id|CUSTOMER_ID|customerId|CustomerId)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<value>[a-f0-9]{32})(?![A-Za-z0-9])/,
        within: 512,
      },
    ],
    // Lists the account's projects: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.agora.io/dev/v1/projects",
      basicAuth: { user: "{companion:customer ID}", password: "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "projects" },
    },
    examples: [
      () =>
        `AGORA_CUSTOMER_ID=${randomChars("hexLower", 32, "agora-customer-secret-1")}\nAGORA_CUSTOMER_SECRET=${randomChars("hexLower", 32, "agora-customer-secret-1-2")}`,
      () => `agora_customer_secret: "${randomChars("hexLower", 32, "agora-customer-secret-2")}"`,
      () => `const agoraCustomerSecret = "${randomChars("hexLower", 32, "agora-customer-secret-3")}";`,
    ],
    negatives: [
      "AGORA_CUSTOMER_SECRET=<your secret>",
      () => `AGORA_CUSTOMER_SECRET=${randomChars("hexLower", 24, "agora-customer-secret-short")}`,
    ],
    references: [
      "https://docs.agora.io/en/video-calling/reference/restful-authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/agora",
    ],
  },
];
