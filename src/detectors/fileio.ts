import { ALNUM_START, ASSIGN_LOOSE, commonCases, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "fileio-api-key",
    name: "file.io API key",
    vendor: "file.io",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "file.io is an ephemeral file sharing service with an upload API. Its API keys are 39 upper-case letters, digits, dots and hyphens, sent as a Bearer token. They have no prefix, and FileIO is also a class name in Python and other languages, so a key is recognised only in a FILEIO_API_KEY-style name.",
    security: [
      "Files can be uploaded under the owner's account and plan, to host or spread content attributed to it.",
      "The account's uploaded files and their download links can be listed and deleted.",
    ],
    mitigation: {
      revoke: "Sign in to file.io, open the account's API settings and regenerate the API key.",
      revokeUrl: "https://www.file.io/account",
      audit: "List the account's files for uploads you did not make.",
      bestPractices: ["keep the key on the server side; never ship it in a browser or mobile app"],
    },
    // Literal names, not "fileio" alone, which is a common class and module name.
    keywords: [
      "fileio_api",
      "fileio_key",
      "fileio_token",
      "fileioapi",
      "fileiokey",
      "fileiotoken",
      "file_io_api",
      "file_io_key",
      "file_io_token",
    ],
    pattern: new RegExp(
      `${ALNUM_START}(?:${commonCases("fileio", "file_io")}|FileIo|FileIO)[_.-]?(?:(?:${commonCases("api")})[_.-]?)?(?:${commonCases("key", "token")})${ASSIGN_LOOSE}(?<secret>[A-Z0-9][A-Z0-9.-]{37}[A-Z0-9])${TOKEN_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () =>
        `FILEIO_API_KEY=${randomChars("upperAlnum", 7, "fileio-1")}.${randomChars("upperAlnum", 7, "fileio-1b")}-${randomChars("upperAlnum", 7, "fileio-1c")}-${randomChars("upperAlnum", 7, "fileio-1d")}-${randomChars("upperAlnum", 7, "fileio-1e")}`,
      () => `fileio_token: "${randomChars("upperAlnum", 39, "fileio-2")}"`,
    ],
    negatives: [
      "FILEIO_API_KEY=<your file.io api key>",
      () => `FILEIO_API_KEY=${randomChars("upperAlnum", 32, "fileio-short")}`,
      () => `fileio_key = "${randomChars("lowerAlnum", 39, "fileio-lower")}"`,
    ],
    references: [
      "https://www.file.io/developers",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/fileio.yml",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/fileio",
    ],
  },
];
