import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Autodesk Platform Services";

export const detectors: Detector[] = [
  {
    id: "autodesk-client-secret",
    name: "Autodesk Platform Services client secret",
    vendor,
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Autodesk Platform Services (formerly Forge) exposes APIs for design data, model derivatives and viewers. Apps have a client id (32 letters and digits) and a client secret (16 letters and digits) exchanged for access tokens. It has no prefix, so it is recognised only in a name that mentions Autodesk Platform Services.",
    security: [
      "Two-legged tokens can read and write the app's OSS buckets, which hold uploaded design files.",
      "Cloud credits of the account can be spent on model derivative jobs.",
    ],
    mitigation: {
      revoke: "In the APS developer portal open Applications, select the app and rotate its client secret.",
      revokeUrl: "https://aps.autodesk.com/myapps/",
      audit: "Review the app's usage analytics and the buckets and objects it owns.",
      bestPractices: ["keep the client secret on servers; browsers should receive short-lived viewer tokens"],
    },
    keywords: ["autodesk", "aps_client", "apsclient", "forge_client", "forgeclient"],
    pattern: new RegExp(
      `${vendorName(["autodesk", "autoDesk", "AutoDesk", "aps_client", "APS_CLIENT", "apsClient", "forge_client", "FORGE_CLIENT", "forgeClient"], ["secret", "SECRET", "Secret", "client_secret", "clientSecret", "ClientSecret", "api_secret", "apiSecret", "ApiSecret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{16})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `APS_CLIENT_SECRET=${randomChars("alnum", 16, "autodesk-client-secret-1")}`,
      () => `aps_client_secret: "${randomChars("alnum", 16, "autodesk-client-secret-2")}"`,
      () => `const forgeClientSecret = "${randomChars("alnum", 16, "autodesk-client-secret-3")}";`,
    ],
    negatives: [
      "APS_CLIENT_SECRET=<your secret>",
      () => `APS_CLIENT_SECRET=${randomChars("alnum", 12, "autodesk-client-secret-short")}`,
    ],
    references: [
      "https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/App-types/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/autodesk",
    ],
  },
];
