import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string) => `fio-u-${randomChars("base64url", 64, label)}`;

export const detectors: Detector[] = [
  {
    id: "frameio-developer-token",
    name: "Frame.io developer token",
    vendor: "Frame.io",
    family: "Access Token",
    severity: "high",
    description:
      "Frame.io, an Adobe company, is a video review and collaboration platform that stores media for production teams. Developer tokens start with fio-u- and act as the user on the Frame.io API with the scopes chosen when the token was created.",
    security: [
      "Every project, asset and review link the user can access can be downloaded, including unreleased footage.",
      "Assets, comments and review links can be created, shared publicly or deleted.",
      "Webhooks can be added to follow new uploads.",
    ],
    mitigation: {
      revoke:
        "Sign in to the Frame.io developer site (developer.frame.io) > Tokens and delete the leaked developer token; create a new token with only the scopes needed. For Frame.io V4 accounts managed through Adobe, remove the credential in the Adobe Developer Console project.",
      revokeUrl: "https://developer.frame.io/app/tokens",
      audit:
        "Review the affected projects' activity and shared review links for downloads, shares or deletions you did not make.",
      bestPractices: ["grant tokens read-only scopes where possible", "rotate developer tokens regularly"],
    },
    keywords: ["fio-u-"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_=-])/,
    // Reads the token owner's own profile: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://api.frame.io/v2/me",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "id" },
    },
    examples: [
      () => `FRAMEIO_TOKEN=${token("frameio-1")}`,
      () => `client = FrameioClient("${token("frameio-2")}")`,
    ],
    negatives: [
      "FRAMEIO_TOKEN=fio-u-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      () => `FRAMEIO_TOKEN=fio-u-${randomChars("base64url", 40, "frameio-short")}`,
    ],
    references: ["https://developer.frame.io/docs/getting-started/authentication"],
  },
];
