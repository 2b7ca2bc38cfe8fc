import { ALNUM_START, ASSIGN_OR_CALL, anyCase, TOKEN_END } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";
import { shannonEntropy } from "../engine/filters.js";

const VENDOR = `(?:${anyCase("twitter")}|${ALNUM_START}[Xx]_|${anyCase("tweet")})`;

const about = "X (formerly Twitter) offers the X API for posts, users, direct messages and streams.";
const portal = "https://developer.x.com/en/portal/projects-and-apps";
/** App-only bearer tokens: a run of 21 "A"s, the app's numeric part, more "A"s and a URL-encoded secret. */
const bearer = (label: string) =>
  `AAAAAAAAAAAAAAAAAAAAA${randomChars("alnum", 4, `${label}-a`)}AAAAAAAA${randomChars("alnum", 20, `${label}-b`)}%2B${randomChars("alnum", 20, `${label}-c`)}%3D${randomChars("alnum", 40, `${label}-d`)}`;
/** The leading runs of "A" would trip the generic placeholder rule, so the random tail is checked instead. */
const randomTail: Validator = (secret) => {
  const tail = secret.replace(/^A+/, "").replace(/%[0-9A-F]{2}/g, "");
  if (/x{5,}|\.{3}|your|example/i.test(tail)) return "placeholder text";
  return shannonEntropy(tail) >= 3.5 ? true : "tail has too little entropy";
};
/** An OAuth 1.0a user access token: the user's numeric id, a hyphen and a random part. */
const ACCESS_TOKEN_VALUE = "[1-9][0-9]{5,19}-[A-Za-z0-9]{20,40}";
/** The app's API key (consumer key) near its secret: it names the app to rotate. */
const consumerKey = {
  name: "API key (consumer key)",
  pattern:
    /(?:consumer|api)[_-]?key["']?[ \t]{0,12}(?:=>|[:=])[ \t]{0,4}["']?(?<value>(?=[A-Za-z]{0,24}[0-9])(?=[0-9]{0,24}[A-Za-z])[A-Za-z0-9]{25})(?![A-Za-z0-9])/i,
  within: 400,
};
const accessToken = {
  name: "access token",
  pattern: new RegExp(`(?<![A-Za-z0-9-])(?<value>${ACCESS_TOKEN_VALUE})(?![A-Za-z0-9])`),
  within: 400,
};
const audit =
  "Review the app's usage in the Developer Portal (Projects & Apps > the app > usage) and the account's posts, likes, follows and direct messages for activity you did not perform during the exposure window.";

export const detectors: Detector[] = [
  {
    id: "twitter-bearer-token",
    name: "X (Twitter) app-only bearer token",
    vendor: "X",
    family: "Access Token",
    severity: "medium",
    confidence: "medium",
    description: `${about} An app-only bearer token (a run of A characters followed by a URL-encoded secret) authenticates read-only requests on behalf of an app, without a user context.`,
    security: [
      "An attacker can read public posts, users and search results on your app's quota, exhausting its monthly limits.",
      "Usage on paid tiers is billed to you, and abusive use can get the app suspended.",
    ],
    mitigation: {
      revoke:
        'In the X Developer Portal open Projects & Apps > the app > Keys and tokens, and under Bearer Token click "Regenerate" (or "Revoke"); regenerating the API key and secret also invalidates the bearer token.',
      revokeUrl: portal,
      audit,
      bestPractices: [
        "generate bearer tokens on the server with the API key and secret, and never embed them in client apps",
        "use separate apps for development and production",
      ],
    },
    keywords: ["twitter", "bearer", "x_bearer", "tweet"],
    pattern: new RegExp(
      `(?:${VENDOR}|${anyCase("bearer")})[A-Za-z0-9_.-]{0,40}${ASSIGN_OR_CALL}(?:${anyCase("bearer")}[ \\t])?(?<secret>A{15,30}[A-Za-z0-9%]{60,150})(?![A-Za-z0-9%_-])`,
    ),
    skipPlaceholderCheck: true,
    validate: randomTail,
    examples: [
      () => `TWITTER_BEARER_TOKEN=${bearer("tw-bearer-1")}`,
      () => `headers = {"Authorization": "Bearer ${bearer("tw-bearer-2")}"}`,
      () => `x_bearer_token: '${bearer("tw-bearer-3")}'`,
    ],
    negatives: [
      "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAYOUR_BEARER_TOKEN",
      () => `TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA${randomChars("alnum", 20, "tw-bearer-short")}`,
    ],
    references: ["https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/bearer-tokens"],
  },
  {
    id: "twitter-api-secret",
    name: "X (Twitter) API key secret (consumer secret)",
    vendor: "X",
    family: "Client Secret",
    severity: "high",
    confidence: "medium",
    description: `${about} An app's API key (consumer key, 25 characters) and API key secret (consumer secret, 50 characters) sign OAuth 1.0a requests and mint bearer tokens.`,
    security: [
      "With the API key an attacker can obtain bearer tokens and run requests on the app's quota.",
      "Together with users' access tokens the attacker can post, follow and send direct messages as those users.",
    ],
    mitigation: {
      revoke:
        'In the X Developer Portal open Projects & Apps > the app > Keys and tokens and click "Regenerate" under API Key and Secret; update every service that uses the app.',
      revokeUrl: portal,
      audit,
      bestPractices: [
        "keep the API key and secret on servers; mobile and web clients should use OAuth 2.0 with PKCE",
        "use separate apps for development and production",
      ],
    },
    keywords: ["twitter", "tweet", "x_api", "x_consumer"],
    pattern: new RegExp(
      `${VENDOR}[A-Za-z0-9_.-]{0,24}(?:${anyCase("secret")})[A-Za-z0-9_.-]{0,16}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{50})${TOKEN_END}`,
    ),
    companions: [consumerKey],
    examples: [
      () => `TWITTER_API_SECRET=${randomChars("alnum", 50, "tw-secret-1")}`,
      () =>
        `twitter:\n  consumer_key: ${randomChars("alnum", 25, "tw-key-2")}\n  twitter_consumer_secret: "${randomChars("alnum", 50, "tw-secret-2")}"`,
      () => `X_API_KEY_SECRET = "${randomChars("alnum", 50, "tw-secret-3")}"`,
    ],
    negatives: [
      "TWITTER_API_SECRET=your_api_secret_here",
      () => `TWITTER_API_SECRET=${randomChars("alnum", 30, "tw-secret-short")}`,
    ],
    references: ["https://docs.x.com/resources/fundamentals/authentication/overview"],
  },
  {
    id: "twitter-access-token-secret",
    name: "X (Twitter) user access token secret",
    vendor: "X",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} An OAuth 1.0a user access token (<user id>-<random>) and its secret (45 characters) let an app act as that user.`,
    security: [
      "With the app's API key and secret an attacker can post, delete posts, follow, like and read direct messages as the user, within the app's permissions.",
      "Tokens of brand accounts can be used to spread scams to their followers.",
    ],
    mitigation: {
      revoke:
        'For tokens generated in the Developer Portal: Projects & Apps > the app > Keys and tokens > Access Token and Secret > "Revoke" or "Regenerate". A user can also remove the app under Settings > Security and account access > Apps and sessions > Connected apps.',
      revokeUrl: portal,
      audit,
      bestPractices: [
        "request only the app permissions you need (read, write, direct messages)",
        "store user tokens encrypted and delete them when users disconnect",
      ],
    },
    keywords: ["twitter", "x_access"],
    pattern: new RegExp(
      `(?:${anyCase("twitter")}|${ALNUM_START}[Xx]_)[A-Za-z0-9_.-]{0,24}(?:${anyCase("access")})[A-Za-z0-9_.-]{0,24}${anyCase("secret")}[A-Za-z0-9_.-]{0,8}${ASSIGN_OR_CALL}(?<secret>[A-Za-z0-9]{45})${TOKEN_END}`,
    ),
    companions: [accessToken],
    examples: [
      () => `TWITTER_ACCESS_TOKEN_SECRET=${randomChars("alnum", 45, "tw-ats-1")}`,
      () => `X_ACCESS_SECRET: "${randomChars("alnum", 45, "tw-ats-2")}"`,
    ],
    negatives: [
      "TWITTER_ACCESS_TOKEN_SECRET=<secret>",
      () => `TWITTER_ACCESS_TOKEN_SECRET=${randomChars("alnum", 30, "tw-ats-short")}`,
    ],
    references: ["https://docs.x.com/resources/fundamentals/authentication/oauth-1-0a/api-key-and-secret"],
  },
  {
    id: "twitter-access-token",
    name: "X (Twitter) user access token",
    vendor: "X",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description: `${about} An OAuth 1.0a user access token is the user's numeric id, a hyphen and 20 to 40 random characters (\`1234...-AbCd...\`); bots keep it in a variable such as ACCESS_TOKEN or access_token_key beside its secret. It is recognised by that shape after an access token or key name.`,
    security: [
      "With the token's secret and the app's API key and secret, usually written a line away, an attacker can post, delete posts, follow and read direct messages as the user.",
      "The id before the hyphen names the account the token acts for.",
    ],
    mitigation: {
      revoke:
        'For a token generated in the Developer Portal: Projects & Apps > the app > Keys and tokens > Access Token and Secret > "Regenerate". A user can also remove the app under Settings > Security and account access > Apps and sessions > Connected apps, which revokes every token the app holds for them.',
      revokeUrl: portal,
      audit,
      bestPractices: [
        "read the token and its secret from the environment or a secret store, never from the script",
        "request only the app permissions you need (read, write, direct messages)",
      ],
    },
    keywords: ["access_token", "access_key", "accesstoken", "accesskey", "access-token", "oauth_token"],
    // The id and hyphen right after the name's assignment: most access_token hits are followed by
    // anything else.
    keywordGate:
      /[A-Za-z0-9_]{0,12}["'\]]{0,2}[ \t]{0,12}(?:=>|:=|[:=])[ \t]{0,4}["'\x60]?[1-9][0-9]{5,19}-[A-Za-z0-9]{20}/i,
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:${anyCase("access")}[_-]?(?:${anyCase("token")}|${anyCase("key")})|${anyCase("oauth")}_${anyCase("token")})[A-Za-z0-9_]{0,12}${ASSIGN_OR_CALL}(?<secret>${ACCESS_TOKEN_VALUE})${TOKEN_END}`,
    ),
    companions: [
      {
        name: "access token secret",
        pattern:
          /(?:access[_-]?(?:token[_-]?)?|token[_-]?)secret["']?[ \t]{0,12}(?:=>|[:=])[ \t]{0,4}["']?(?<value>[A-Za-z0-9]{45})(?![A-Za-z0-9])/i,
        within: 400,
      },
    ],
    examples: [
      () =>
        `ACCESS_KEY = '1${randomChars("digits", 18, "tw-at-1a")}-${randomChars("alnum", 30, "tw-at-1b")}'\nACCESS_SECRET = '${randomChars("alnum", 45, "tw-at-1c")}'`,
      () =>
        `access_token_key = '9${randomChars("digits", 17, "tw-at-2a")}-${randomChars("alnum", 31, "tw-at-2b")}'`,
      () =>
        `TWITTER_ACCESS_TOKEN=2${randomChars("digits", 9, "tw-at-3a")}-${randomChars("alnum", 40, "tw-at-3b")}`,
    ],
    negatives: [
      "ACCESS_TOKEN = 'your-access-token'",
      "access_token = '1234567890-abcdefghijklmnopqrstuvwxyz1234'",
      // A date range and a build number are not a user id and token.
      "access_key: 20240101-20241231",
      () => `access_token = '${randomChars("alnum", 40, "tw-at-neg")}'`,
    ],
    references: [
      "https://docs.x.com/resources/fundamentals/authentication/oauth-1-0a/obtaining-user-access-tokens",
    ],
  },
  {
    id: "twitter-oauth1-client-secret",
    name: "X (Twitter) API or access token secret passed to an OAuth 1.0a client",
    vendor: "X",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description: `${about} Bots and scripts pass the app's API key and secret (25 and 50 characters) to an OAuth 1.0a client positionally, as tweepy.OAuthHandler(key, secret) or OAuth1UserHandler(...), and the user's access token and its secret (45 characters) as set_access_token(token, secret): no name says which value is the secret, the call's signature does.`,
    security: [
      "With the app's API key and secret an attacker can call the API as the app; with the access token and secret too, post, delete, follow and read direct messages as the user.",
      "Bot accounts with many followers are used to spread scams under a trusted name.",
    ],
    mitigation: {
      revoke:
        'In the X Developer Portal open Projects & Apps > the app > Keys and tokens and click "Regenerate" under API Key and Secret, and under Access Token and Secret; update the bot with the new values, read from the environment.',
      revokeUrl: portal,
      audit,
      bestPractices: [
        "read the four OAuth values from the environment (os.environ) or a secret store, never from the script",
        "use separate apps for development and production",
      ],
    },
    keywords: ["oauthhandler(", "oauth1userhandler(", "set_access_token("],
    pattern:
      /(?:OAuth(?:1User)?Handler\([ \t]{0,3}(?:consumer_key[ \t]{0,2}=[ \t]{0,2})?(?<kq>["'])[A-Za-z0-9]{18,25}\k<kq>[ \t]{0,3},[ \t]{0,3}(?:consumer_secret[ \t]{0,2}=[ \t]{0,2})?|set_access_token\([ \t]{0,3}(?<tq>["'])\d{1,20}-[A-Za-z0-9]{20,40}\k<tq>[ \t]{0,3},[ \t]{0,3})(?<q>["'])(?<secret>[A-Za-z0-9]{35,50})\k<q>/,
    examples: [
      () =>
        `auth = tweepy.OAuthHandler("${randomChars("alnum", 25, "tw-call-1a")}", "${randomChars("alnum", 50, "tw-call-1b")}")`,
      () =>
        `auth.set_access_token("1${randomChars("digits", 18, "tw-call-2a")}-${randomChars("alnum", 31, "tw-call-2b")}", '${randomChars("alnum", 45, "tw-call-2c")}')`,
    ],
    negatives: [
      "auth = tweepy.OAuthHandler(consumer_key, consumer_secret)",
      'auth = tweepy.OAuthHandler("CONSUMER_KEY", "CONSUMER_SECRET")',
      'auth.set_access_token(os.environ["ACCESS_TOKEN"], os.environ["ACCESS_SECRET"])',
    ],
    references: ["https://docs.tweepy.org/en/stable/authentication.html"],
  },
];
