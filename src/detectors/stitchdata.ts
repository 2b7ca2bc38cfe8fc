import { ASSIGN_LOOSE, bearerCheck, TOKEN_END, vendorPhrase } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "stitch-data-api-token",
    name: "Stitch Data API token",
    vendor: "Stitch",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "Stitch (Talend) is a cloud ETL service that copies data from sources into a warehouse. Its Connect API token, 35 lower-case letters, digits and underscores sent as a Bearer token, is recognised next to a Stitch Data name.",
    security: [
      "Sources and destinations, with the credentials configured on them, can be read and changed.",
      "Replication jobs can be started or a destination pointed elsewhere, copying the account's data out.",
    ],
    mitigation: {
      revoke: "In Stitch open Account settings > API access keys, revoke the token and create a new one.",
      revokeUrl: "https://app.stitchdata.com/account/api",
    },
    keywords: ["stitchdata", "stitch_data"],
    pattern: new RegExp(
      `${vendorPhrase(["stitchdata", "stitchData", "StitchData", "stitch_data"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9_]{35})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Lists the account's sources: a read that starts no replication and changes nothing.
    verify: bearerCheck("https://api.stitchdata.com/v4/sources", { live: [200], dead: [401, 403] }),
    examples: [
      () => `STITCHDATA_API_TOKEN=${randomChars("lowerAlnum", 35, "stitchdata-1")}`,
      () => `stitch_data_token: "${randomChars("lowerAlnum", 35, "stitchdata-2")}"`,
    ],
    negatives: [
      "STITCHDATA_API_KEY=<your Stitch key>",
      () => `STITCHDATA_API_KEY=${randomChars("lowerAlnum", 29, "stitchdata-short")}`,
    ],
    references: [
      "https://www.stitchdata.com/docs/developers/stitch-connect/api",
      "https://github.com/trufflesecurity/trufflehog/blob/main/pkg/detectors/stitchdata/stitchdata.go",
    ],
  },
];
