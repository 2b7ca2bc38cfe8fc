import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** A lower-case UUID built at test time. */
const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const detectors: Detector[] = [
  {
    id: "loginradius-api-key",
    name: "LoginRadius API key",
    vendor: "LoginRadius",
    family: "API Key",
    severity: "info",
    confidence: "medium",
    description:
      "LoginRadius is a customer identity and access management (CIAM) platform. The app's API key is a UUID that identifies it to the identity APIs and is also used by front-end SDKs; management calls additionally need the API secret. It is recognised next to a LoginRadius name. Being public by design, it is at info severity: scans report it only when asked (`--severity info`, or the detector named with `--detectors`); the API secret, which is not public, has its own detector.",
    security: [
      "The app's public identity flows (registration, login) can be driven in its name.",
      "Paired with the API secret, found nearby, it gives full management access to user profiles.",
    ],
    mitigation: {
      revoke:
        "In the LoginRadius admin console open Configuration > API Credentials and regenerate the API key and secret if the secret leaked too.",
      revokeUrl: "https://adminconsole.loginradius.com/",
    },
    keywords: ["loginradius", "login_radius"],
    pattern: new RegExp(
      `${vendorName(["loginradius", "loginRadius", "login_radius"], ["key"])}${ASSIGN_LOOSE}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`,
    ),
    minEntropy: 3,
    // The server-info endpoint only confirms the key and reads server time
    verify: {
      method: "GET",
      url: "https://api.loginradius.com/identity/v2/serverinfo?apikey={secret}",
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "ServerLocation" },
    },
    examples: [
      () => `LOGINRADIUS_API_KEY=${uuid("loginradius-api-key-1")}`,
      () => `{"loginradiusApiKey": "${uuid("loginradius-api-key-2")}"}`,
      () => `const loginradiusKey = "${uuid("loginradius-api-key-3")}";`,
    ],
    negatives: [
      "LOGINRADIUS_API_KEY=<your LoginRadius API key>",
      () => `loginradius_api_key: ${randomChars("hexLower", 28, "loginradius-api-key-short")}`,
    ],
    references: ["https://www.loginradius.com/docs/api/v2/getting-started/get-api-key-and-secret/"],
  },
];
