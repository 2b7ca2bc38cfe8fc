import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gitalk-github-client-secret",
    name: "GitHub OAuth App client secret in a Gitalk or Gitment configuration",
    vendor: "GitHub",
    family: "OAuth Client Secret",
    severity: "high",
    confidence: "high",
    description:
      "Gitalk and Gitment are comment widgets for static sites (Hexo, Jekyll, Hugo themes) that store comments in GitHub issues. They are configured with a GitHub OAuth App's client ID and its client secret (40 hexadecimal characters), which site configurations often commit in the clear; the secret is recognised in a clientSecret or client_secret setting of a Gitalk or Gitment block.",
    security: [
      "With the client ID, the secret lets anyone act as the OAuth App: phish users with a consent screen bearing the site's name and exchange the authorization codes for tokens.",
      "Tokens the app obtained carry the scopes users granted (public_repo for Gitalk), so issues and comments can be written in their name.",
    ],
    mitigation: {
      revoke:
        "In GitHub open Settings > Developer settings > OAuth Apps > the app, generate a new client secret and delete the old one; update the site configuration, preferably through a proxy that keeps the secret off the published site.",
      revokeUrl: "https://github.com/settings/developers",
      audit:
        "Review the OAuth App's authorized users and the repository's issues and comments for ones the site's visitors did not write.",
      bestPractices: [
        "keep the client secret out of the theme configuration: it is shipped to every visitor's browser",
        "restrict the app's callback URL to the site",
      ],
    },
    keywords: ["gitalk", "gitment"],
    window: { after: 600, multiline: true },
    pattern:
      /(?:[Gg]italk|GITALK|[Gg]itment)[^\0]{0,500}?client_?[Ss]ecret["']?[ \t]{0,3}[:=][ \t]{0,3}["'\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 3,
    examples: [
      () =>
        `const gitalk = new Gitalk({\n  clientID: '${randomChars("hexLower", 20, "gitalk-1-id")}',\n  clientSecret: '${randomChars("hexLower", 40, "gitalk-1")}',\n  repo: 'blog-comments',\n  owner: 'alice',\n  admin: ['alice'],\n  id: location.pathname,\n})`,
      () =>
        `gitalk:\n  enable: true\n  clientID: ${randomChars("hexLower", 20, "gitalk-2-id")}\n  clientSecret: ${randomChars("hexLower", 40, "gitalk-2")}\n  repo: blog-comments`,
      () =>
        `var gitment = new Gitment({\n  owner: 'alice',\n  repo: 'comments',\n  oauth: {\n    client_id: '${randomChars("hexLower", 20, "gitment-3-id")}',\n    client_secret: '${randomChars("hexLower", 40, "gitment-3")}',\n  },\n})`,
    ],
    negatives: [
      "gitalk:\n  enable: true\n  clientID: your_client_id\n  clientSecret: your_client_secret",
      () => `gitalk:\n  clientSecret: ${randomChars("hexLower", 32, "gitalk-short")}`,
    ],
    references: [
      "https://github.com/gitalk/gitalk#options",
      "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/creating-an-oauth-app",
    ],
  },
];
