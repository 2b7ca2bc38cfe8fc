import { ASSIGN_LOOSE, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const vendor = "Foursquare";

export const detectors: Detector[] = [
  {
    id: "foursquare-client-secret",
    name: "Foursquare client secret",
    vendor,
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "Foursquare provides places data and location APIs. Legacy (v2) apps have a client id and a client secret of 48 upper-case letters and digits, passed as client_secret. It has no prefix, so it is recognised only in a name that mentions Foursquare.",
    security: [
      "Requests to the Places API can be made on the owner's plan, using up its quota or running up overage charges.",
      "Abuse made with the key is attributed to the owner's account, which the vendor may suspend.",
      "OAuth codes of the app's users can be exchanged for their access tokens.",
    ],
    mitigation: {
      revoke:
        "In the Foursquare developer console open the project's app settings and reset the client secret.",
      revokeUrl: "https://foursquare.com/developers/apps",
      audit: "Review the project's usage in the Foursquare developer console.",
      bestPractices: ["keep the client secret on servers only"],
    },
    keywords: ["foursquare"],
    pattern: new RegExp(
      `${vendorPhrase(["foursquare", "fourSquare", "FourSquare"], ["client_secret", "clientSecret", "ClientSecret", "secret", "SECRET"])}${ASSIGN_LOOSE}(?<secret>[A-Z0-9]{48})${TOKEN_END}`,
    ),
    examples: [
      () => `FOURSQUARE_CLIENT_SECRET=${randomChars("upperAlnum", 48, "foursquare-client-secret-1")}`,
      () => `foursquare_client_secret: "${randomChars("upperAlnum", 48, "foursquare-client-secret-2")}"`,
      () =>
        `const foursquareClientSecret = "${randomChars("upperAlnum", 48, "foursquare-client-secret-3")}";`,
    ],
    negatives: [
      "FOURSQUARE_CLIENT_SECRET=<your secret>",
      () => `FOURSQUARE_CLIENT_SECRET=${randomChars("upperAlnum", 40, "foursquare-client-secret-short")}`,
    ],
    references: [
      "https://docs.foursquare.com/developer/reference/v2-authentication",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/foursquare",
    ],
  },
];
