import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "protocolsio-access-token",
    name: "protocols.io access token",
    vendor: "protocols.io",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "protocols.io is a platform for sharing and running scientific methods. Client and personal access tokens are 64 lower-case letters and digits sent as a Bearer token; they are recognised next to a protocols.io name (protocolsio, protocols_io).",
    security: [
      "Private protocols, workspaces and run records the user can see can be read.",
      "Protocols can be created, changed or published as the user.",
    ],
    mitigation: {
      revoke:
        "In protocols.io open Developer > API clients (or Settings > Developer), revoke the token and generate a new one.",
      revokeUrl: "https://www.protocols.io/developers",
    },
    keywords: ["protocolsio", "protocols_io"],
    pattern: new RegExp(
      `${vendorName(["protocolsio", "protocolsIo", "protocols_io", "PROTOCOLS_IO"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[a-z0-9]{64})${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    // Reads the token owner's own profile: a GET that changes nothing.
    verify: {
      method: "GET",
      url: "https://www.protocols.io/api/v3/session/profile",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `PROTOCOLS_IO_TOKEN=${randomChars("lowerAlnum", 64, "protocolsio-1")}`,
      () => `protocolsio_access_token = "${randomChars("lowerAlnum", 64, "protocolsio-2")}"`,
    ],
    negatives: [
      "PROTOCOLS_IO_TOKEN=<client access token>",
      () => `protocols_io_token = "${randomChars("lowerAlnum", 40, "protocolsio-short")}"`,
    ],
    references: [
      "https://apidoc.protocols.io/",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/protocolsio.yml",
    ],
  },
];
