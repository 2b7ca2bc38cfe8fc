import { ASSIGN_LOOSE, commonCases, TOKEN_END, vendorWord } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => randomChars("hexLower", 32, label);

export const detectors: Detector[] = [
  {
    id: "signupgenius-api-key",
    name: "SignUpGenius API key",
    vendor: "SignUpGenius",
    family: "API Key",
    severity: "medium",
    confidence: "medium",
    description:
      "SignUpGenius runs volunteer and event sign-up sheets. Its API user key, 32 characters sent as the user_key parameter, has no prefix, so it is recognised next to a SignUpGenius name.",
    security: [
      "The sign-ups of the account can be read, with the names, e-mail addresses and phone numbers of the people who signed up.",
      "Sign-up sheets and their slots can be listed and, with a Pro plan, reports exported.",
    ],
    mitigation: {
      revoke:
        "Sign in to SignUpGenius, open Pro Tools > API Key (or the account's integrations page), regenerate the key and update the applications that use it.",
      revokeUrl: "https://www.signupgenius.com/index.cfm?go=c.Dashboard",
      audit: "Review the sign-up sheets and reports for exports or changes you did not make.",
      bestPractices: ["keep the key on the server side and out of repositories"],
    },
    keywords: ["signupgenius", "signup_genius"],
    pattern: new RegExp(
      `${vendorWord("signupgenius", "signup_genius", "signupGenius", "signUpGenius")}[A-Za-z0-9_.-]{0,24}?[ \\t]?(?:${commonCases("key", "token", "secret", "access", "private")})[A-Za-z0-9_-]{0,12}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9]{32})${TOKEN_END}`,
    ),
    minEntropy: 3.2,
    // Reads the key owner's own profile: a GET that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.signupgenius.com/v2/k/user/profile/?user_key={secret}",
      live: [200],
      dead: [401, 403],
    },
    examples: [
      () => `SIGNUPGENIUS_API_KEY=${key("signupgenius-1")}`,
      () => `signupGeniusKey: "${key("signupgenius-2")}"`,
      () => `signupgeniusKEY "${key("signupgenius-3")}"`,
    ],
    negatives: [
      "SIGNUPGENIUS_API_KEY=your_signupgenius_key",
      () => `SIGNUPGENIUS_API_KEY=${randomChars("hexLower", 24, "signupgenius-short")}`,
      () => `SIGNUPGENIUS_URL=${key("signupgenius-noname")}`,
    ],
    references: [
      "https://developer.signupgenius.com/",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/signupgenius (32 characters, user_key parameter; the Kingfisher rule agrees)",
    ],
  },
];
