import { jwtDetails, jwtJsonPart } from "../catalog/formats/jwt.js";
import { ASSIGN_LOOSE, TOKEN_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** The token's fixed JOSE header, {"typ":"JWT","alg":"HS256"}, as AppFollow issues it. */
const HEADER = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9";

/** An AppFollow-shaped token: the fixed header, random claims, a random HS256 signature. */
const appfollowToken = (label: string) => {
  const claims = Buffer.from(
    JSON.stringify({
      sub: Number.parseInt(randomChars("digits", 6, `${label}-sub`), 10) + 100000,
      jti: randomChars("hexLower", 32, `${label}-jti`),
    }),
  ).toString("base64url");
  return `${HEADER}.${claims}.${randomChars("base64url", 43, label)}`;
};

export const detectors: Detector[] = [
  {
    id: "appfollow-api-token",
    name: "AppFollow API token",
    vendor: "AppFollow",
    family: "API Token",
    severity: "high",
    confidence: "medium",
    description:
      "AppFollow monitors app store reviews, ratings and rankings for mobile apps. Its API v2 token is an HS256 JSON Web Token sent in the X-AppFollow-API-Token header. Many libraries write the same JWT header, so the token is recognised only in a name that mentions AppFollow, and its claims must decode to JSON.",
    security: [
      "Review, rating and ranking data of every app in the account can be exported.",
      "Replies to store reviews can be posted in the publisher's name, and the account's users listed.",
      "Every request is billed to the account's API credits.",
    ],
    mitigation: {
      revoke:
        "The account Owner or an Admin opens the API dashboard in AppFollow, revokes the leaked token (it works until revoked) and creates a new one with only the workspaces and access it needs, then updates the scripts that used it.",
      revokeUrl: "https://watch.appfollow.io/settings/api",
      audit: "Review replies to reviews and the account's user list for changes you did not make.",
      bestPractices: ["keep the token in a secret manager; create one token per integration"],
    },
    keywords: ["appfollow"],
    pattern: new RegExp(
      `${vendorName(["appfollow", "appFollow", "AppFollow"], ["token", "key", "secret"])}${ASSIGN_LOOSE}(?<secret>${HEADER}\\.eyJ[A-Za-z0-9_-]{37,400}\\.[A-Za-z0-9_-]{43})${TOKEN_END}`,
    ),
    validate: (secret) =>
      jwtJsonPart(secret.split(".")[1] ?? "") ? true : "its claims are not a JSON object",
    describe: jwtDetails,
    // Lists the account's users: a read that changes nothing.
    verify: {
      method: "GET",
      url: "https://api.appfollow.io/api/v2/account/users",
      headers: { "X-AppFollow-API-Token": "{secret}" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `APPFOLLOW_API_TOKEN=${appfollowToken("appfollow-1")}`,
      () => `appfollow_token: "${appfollowToken("appfollow-2")}"`,
      () => `const appFollowKey = '${appfollowToken("appfollow-3")}';`,
    ],
    negatives: [
      "APPFOLLOW_API_TOKEN=<api token>",
      () =>
        `APPFOLLOW_API_TOKEN=${HEADER}.eyJ${randomChars("alnum", 60, "appfollow-not-json")}.${randomChars("base64url", 43, "appfollow-bad")}`,
      () => `JWT_SECRET_TOKEN=${appfollowToken("appfollow-other-name")}`,
    ],
    references: [
      "https://docs.api.appfollow.io/reference/authorization",
      "https://docs.api.appfollow.io/reference/api-management-in-appfollow",
      "https://docs.api.appfollow.io/reference/users_list_api_v2_account_users_get-1",
      "https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/appfollow",
      "https://github.com/mongodb/kingfisher/blob/main/data/rules/appfollow.yml",
    ],
  },
];
