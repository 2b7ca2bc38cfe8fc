import { bearerCheck } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const description =
  "Hugging Face is the hub where the machine-learning community hosts models, datasets and Spaces, and sells inference and compute on top of them.";
const tokensPage = "https://huggingface.co/settings/tokens";
const letters = (label: string) => randomChars("alpha", 34, label);

export const detectors: Detector[] = [
  {
    id: "huggingface-access-token",
    name: "Hugging Face user access token",
    vendor: "Hugging Face",
    family: "Access Token",
    severity: "high",
    description: `${description} User access tokens (hf_ followed by 34 letters) authenticate the huggingface_hub library, git, the Inference Providers API and the CLI as the user; they are read, write or fine-grained tokens.`,
    security: [
      "Private and gated models, datasets and Spaces of the user and of their organizations can be downloaded.",
      "A write or fine-grained token can push commits: an attacker can replace model weights or code with a backdoored version that downstream users load.",
      "Inference Providers, Endpoints and Spaces hardware can be used at the owner's expense.",
      "Repository settings, secrets of Spaces and webhooks can be changed with sufficient scope.",
    ],
    mitigation: {
      revoke:
        "Sign in to huggingface.co as the token's owner, open Settings > Access Tokens, open the leaked token's menu and choose \"Invalidate and refresh\" (or delete it); update HF_TOKEN wherever the old value was used. Organization admins can also revoke members' tokens that have access to the organization.",
      revokeUrl: tokensPage,
      audit:
        "Check the token's \"last used\" date on the Access Tokens page, review the commit history of your models, datasets and Spaces for pushes you did not make, and (on Enterprise Hub) read the organization's audit logs.",
      bestPractices: [
        "create fine-grained tokens limited to the repositories and permissions a job needs",
        "use read tokens for inference and downloads; reserve write tokens for publishing",
        "store HF_TOKEN in CI secrets and Space secrets, never in notebooks or committed code",
      ],
    },
    keywords: ["hf_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z]{34})(?![A-Za-z0-9_])/,
    verify: bearerCheck("https://huggingface.co/api/whoami-v2", {
      live: [200],
      dead: [401],
      liveRequires: { field: "name" },
      analyze: {
        facts: {
          identity: { field: "name" },
          account: { field: "orgs[].name" },
          role: { field: "auth.accessToken.role" },
          token: { field: "auth.accessToken.displayName" },
          expires: { field: "auth.accessToken.expiration" },
        },
      },
    }),
    examples: [
      () => `HF_TOKEN=hf_${letters("hf-1")}`,
      () => `login(token="hf_${letters("hf-2")}")`,
      () => `git clone https://user:hf_${letters("hf-3")}@huggingface.co/org/private-model`,
    ],
    negatives: [
      "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "HUGGING_FACE_HUB_TOKEN=hf_YOUR_TOKEN",
      // Digits never occur in the body of a Hugging Face token.
      () => `HF_TOKEN=hf_${randomChars("alnum", 34, "hf-digits").replace(/^./, "7")}`,
      () => `HF_TOKEN=hf_${randomChars("alpha", 30, "hf-short")}`,
    ],
    references: [
      "https://huggingface.co/docs/huggingface.js/hub/interfaces/AuthInfo",
      "https://huggingface.co/docs/hub/security-tokens",
    ],
  },
  {
    id: "huggingface-org-api-token",
    name: "Hugging Face organization API token",
    vendor: "Hugging Face",
    family: "API Token",
    severity: "high",
    description: `${description} Organization API tokens (api_org_ followed by 34 letters) are a legacy token type that authenticated as an organization rather than as a user, mostly for the Inference API.`,
    security: [
      "Private models and datasets of the organization can be read.",
      "Inference usage made with the token is charged to the organization.",
      "Legacy tokens are rarely rotated and tend to stay valid for years.",
    ],
    mitigation: {
      revoke:
        "An organization admin should open the organization's Settings > API tokens on huggingface.co and delete the legacy token, then move the workload to a fine-grained user token or an organization-scoped token.",
      revokeUrl: "https://huggingface.co/settings/organizations",
      audit:
        "Review the organization's repositories for unexpected commits and the organization's billing and usage for inference you did not run.",
      bestPractices: [
        "migrate from api_org_ tokens to fine-grained tokens scoped to the organization",
        "remove tokens that no workload uses any more",
      ],
    },
    keywords: ["api_org_"],
    pattern: /(?<![A-Za-z0-9_])(?<secret>api_org_[A-Za-z]{34})(?![A-Za-z0-9_])/,
    // whoami-v2 only describes the token and its owner: a GET with no side effect and no quota.
    verify: {
      method: "GET",
      url: "https://huggingface.co/api/whoami-v2",
      headers: { Authorization: "Bearer {secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "name" },
      analyze: { facts: { identity: { field: "name" } } },
    },
    examples: [
      () => `HF_API_TOKEN=api_org_${letters("hf-org-1")}`,
      () => `headers = {"Authorization": "Bearer api_org_${letters("hf-org-2")}"}`,
    ],
    negatives: ["HF_API_TOKEN=api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "api_org_name = 'research'"],
    references: [
      "https://huggingface.co/docs/hub/security-tokens",
      "https://huggingface.co/docs/hub/api#get-apiwhoami-v2",
    ],
  },
];
