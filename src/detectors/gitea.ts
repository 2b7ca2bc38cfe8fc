import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const token = (label: string, length = 40) => randomChars("hexLower", length, label);

export const detectors: Detector[] = [
  {
    id: "gitea-access-token",
    name: "Gitea / Forgejo access token",
    vendor: "Gitea",
    family: "Access Token",
    severity: "critical",
    confidence: "medium",
    description:
      "Gitea and its fork Forgejo are self-hosted Git forges (Forgejo also runs Codeberg). Access tokens are 40 hexadecimal characters with no prefix, used for the REST API, Git over HTTPS and Actions runners with the scopes chosen at creation; they are found next to a Gitea, Forgejo or Codeberg name.",
    security: [
      "An attacker can clone private repositories the token's user can read, and push code with write scopes.",
      "Repository secrets used by Actions, webhooks and deploy keys can be changed to run the attacker's code.",
      "Admin scopes on a site administrator's token control every user and organization of the instance.",
    ],
    mitigation: {
      revoke:
        "Sign in as the token's owner, open Settings > Applications > Manage Access Tokens and Delete the token; create a replacement with only the scopes it needs.",
      revokeUrl: "https://docs.gitea.com/development/api-usage#generating-and-listing-api-tokens",
      audit:
        "Review the user's and repositories' activity (pushes, settings, webhooks, deploy keys, Actions secrets) for the exposure window; site administrators can check the server logs for API calls by the token.",
      bestPractices: [
        "create tokens with the narrowest scopes (read:repository rather than write:repository)",
        "use a bot account for automation",
        "store tokens in CI secrets, never in remote URLs or .git/config",
      ],
    },
    keywords: ["gitea", "forgejo", "codeberg"],
    pattern: new RegExp(
      `${vendorName(["gitea", "forgejo", "codeberg"], ["token", "key", "secret", "pat", "password"])}${ASSIGN_LOOSE}(?:token[ \\t]{1,3})?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])`,
    ),
    examples: [
      () => `GITEA_TOKEN=${token("gitea-1")}`,
      () => `forgejo:\n  api_token: "${token("gitea-2")}"\nFORGEJO_TOKEN: ${token("gitea-2b")}`,
      () => `CODEBERG_ACCESS_TOKEN=${token("gitea-3")}`,
    ],
    negatives: [
      "GITEA_TOKEN=${{ secrets.GITEA_TOKEN }}",
      () => `GITEA_TOKEN=${token("gitea-short", 32)}`,
      () => `GITEA_COMMIT_SHA=${token("gitea-sha")}`,
    ],
    references: [
      "https://docs.gitea.com/development/api-usage",
      "https://forgejo.org/docs/latest/user/api-usage/",
    ],
  },
];
