import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "travis-ci-token",
    name: "Travis CI API token",
    vendor: "Travis CI",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "Travis CI is a hosted continuous integration service for GitHub, GitLab and Bitbucket repositories. Its API token (shown under Account settings or printed by `travis token`) authenticates the v3 API as the user; it has no prefix and is found next to a Travis token name.",
    security: [
      "Builds can be triggered, restarted or cancelled on every repository the user can access.",
      "Repository settings and environment variables can be changed, for example to make secrets visible in build logs.",
      "Build logs of private repositories can be read.",
    ],
    mitigation: {
      revoke:
        "Sign in to travis-ci.com as the owner and open Account > Settings > API authentication; regenerate the token, which invalidates the old one (`travis token --regenerate` may also be available in newer clients). Revoking the Travis CI app's access in GitHub also ends its sessions.",
      revokeUrl: "https://app.travis-ci.com/account/preferences",
      audit:
        "Review the build history and repository settings (environment variables, cron jobs) of the user's repositories for activity during the exposure window.",
      bestPractices: [
        "keep the token out of .travis.yml; store it as an encrypted environment variable",
        "do not display secrets in build logs",
      ],
    },
    keywords: ["travis"],
    pattern:
      /travis[\w.-]{0,20}token[\w-]{0,8}["']?\s{0,3}(?:=|:|=>)\s{0,3}["']?(?<secret>[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/i,
    verify: {
      method: "GET",
      url: "https://api.travis-ci.com/user",
      headers: { "Travis-API-Version": "3", Authorization: "token {secret}" },
      live: [200],
      dead: [401, 403],
      liveRequires: { field: "@type", equals: "user" },
    },
    examples: [
      () => `TRAVIS_TOKEN=${randomChars("base64url", 22, "travis-1")}`,
      () => `export TRAVIS_API_TOKEN="${randomChars("alnum", 22, "travis-2")}"`,
      () => `{"travis_api_token": "${randomChars("alnum", 22, "travis-3")}"}`,
    ],
    negatives: ["TRAVIS_TOKEN=${TRAVIS_TOKEN}", "TRAVIS_TOKEN=xxxxxxxxxxxxxxxxxxxxxx"],
    references: ["https://developer.travis-ci.com/authentication"],
  },
];
