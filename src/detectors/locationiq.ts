import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "locationiq-access-token",
    name: "LocationIQ access token",
    vendor: "LocationIQ",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description:
      "LocationIQ provides geocoding, maps and routing APIs. Access tokens are pk. followed by 32 hexadecimal characters, passed as key; requests spend the account's daily quota. They are recognised next to a LocationIQ name or in a locationiq.com URL.",
    security: [
      "Requests can be billed to the account until its daily quota is used up, breaking the maps and searches that depend on it.",
    ],
    mitigation: {
      revoke:
        "In the LocationIQ dashboard open Access Tokens, delete the token and create a new one with HTTP-referrer or IP restrictions.",
      revokeUrl: "https://my.locationiq.com/dashboard",
    },
    keywords: ["locationiq", "location_iq"],
    pattern: new RegExp(
      String.raw`(?:${vendorName(["locationiq", "locationIq", "location_iq"], ["key", "token"])}${ASSIGN_LOOSE}|locationiq\.com/v1/[^\s"'?]{0,80}\?(?:[^\s"'#]{0,200}&)?key=)(?<secret>pk\.[a-f0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3,
    examples: [
      () => `LOCATIONIQ_ACCESS_TOKEN=pk.${randomChars("hexLower", 32, "liq-1")}`,
      () =>
        `fetch("https://us1.locationiq.com/v1/search?q=Berlin&format=json&key=pk.${randomChars("hexLower", 32, "liq-2")}")`,
    ],
    negatives: [
      "LOCATIONIQ_ACCESS_TOKEN=pk.your_access_token",
      () => `LOCATIONIQ_TOKEN=pk.${randomChars("hexLower", 24, "liq-short")}`,
    ],
    references: ["https://docs.locationiq.com/docs/authentication"],
  },
];
