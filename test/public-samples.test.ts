import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { PUBLIC_SAMPLES, publicSampleByHash } from "../src/catalog/public-samples.js";
import { base64url, randomChars } from "../src/catalog/synth.js";
import { Engine } from "../src/engine/engine.js";
import { scanText } from "../src/scan/text.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

interface SampleCase {
  /** The published value, put together from pieces so that no scanner reads a key in this file. */
  readonly value: string;
  /** A line as the value appears in code and docs. */
  readonly line: (value: string) => string;
  /** A generated value of the same shape: a real key, which must still be reported. */
  readonly lookalike: () => string;
  /** The detector that reports the lookalike. */
  readonly detector: string;
  /**
   * The engine finds the sample itself and only the list keeps it out of the report; false where
   * other filters reject it already (the EXAMPLE placeholders, jwt.io's claims).
   */
  readonly foundByEngine: boolean;
}

const jwt = (claims: object, signature: string) =>
  `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${base64url(JSON.stringify(claims))}.${signature}`;

const awsKeyId = (label: string) => `AKIA${randomChars("base32", 16, label)}`;

/** A session token of AWS STS's documented example responses, in a credentials file. */
const stsCase = (pieces: readonly string[], lookalikeHead: string, label: string): SampleCase => ({
  value: pieces.join(""),
  line: (value) => `aws_session_token = ${value}`,
  lookalike: () => `${lookalikeHead}${randomChars("base64", 320, label)}`,
  detector: "aws-session-token",
  foundByEngine: true,
});

const CASES: readonly SampleCase[] = [
  {
    value: ["AKIA", "IOSFODNN7", "EXAMPLE"].join(""),
    line: (value) => `aws_access_key_id = ${value}`,
    lookalike: () => awsKeyId("sample-aws-id"),
    detector: "aws-access-key",
    foundByEngine: false,
  },
  {
    value: ["wJalrXUtnFEMI/", "K7MDENG/bPxRfiCY", "EXAMPLEKEY"].join(""),
    line: (value) =>
      `[default]\naws_access_key_id = ${awsKeyId("sample-aws-pair")}\naws_secret_access_key = ${value}`,
    lookalike: () => randomChars("base64", 40, "sample-aws-secret"),
    detector: "aws-secret-access-key",
    foundByEngine: false,
  },
  {
    value: jwt(
      { sub: "1234567890", name: "John Doe", iat: 1516239022 },
      ["SflKxwRJSMeKKF2QT4fwpMeJf36P", "Ok6yJV_adQssw5c"].join(""),
    ),
    line: (value) => `curl -H "Authorization: Bearer ${value}" https://api.example.org/me`,
    lookalike: () =>
      jwt(
        {
          sub: randomChars("digits", 10, "sample-jwt-sub"),
          name: "Jane Roe",
          iat: 1767225600,
          exp: 1767229200,
        },
        randomChars("base64url", 43, "sample-jwt-sig"),
      ),
    detector: "jwt",
    foundByEngine: false,
  },
  {
    value: ["sk_", "test_", "BQokikJOvBiI2", "HlWgH4olfQ2"].join(""),
    line: (value) => `Stripe.api_key = '${value}'`,
    lookalike: () => `sk_test_${randomChars("alnum", 24, "sample-stripe-1")}`,
    detector: "stripe-test-key",
    foundByEngine: true,
  },
  {
    value: ["sk_", "test_", "4eC39HqLyjWDa", "rjtT1zdp7dc"].join(""),
    line: (value) => `const stripe = require("stripe")("${value}");`,
    lookalike: () => `sk_test_${randomChars("alnum", 24, "sample-stripe-2")}`,
    detector: "stripe-test-key",
    foundByEngine: true,
  },
  {
    value: ["xoxb-", "17653672481-", "19874698323-", "pdFZKVeTuE8sk7o", "OcBrzbqgy"].join(""),
    line: (value) => `SLACK_BOT_TOKEN=${value}`,
    lookalike: () =>
      `xoxb-${randomChars("digits", 11, "sample-slack-a")}-${randomChars("digits", 11, "sample-slack-b")}-${randomChars("alnum", 24, "sample-slack-c")}`,
    detector: "slack-bot-token",
    foundByEngine: true,
  },
  {
    value: [
      "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0",
      "%2BuSeid%2BULvsea4JtiGRiSDSJSI",
      "%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0",
      "wnz4XsNiRVBChTYbJcE3F",
    ].join(""),
    line: (value) => `TWITTER_BEARER_TOKEN=${value}`,
    lookalike: () =>
      `AAAAAAAAAAAAAAAAAAAAA${randomChars("alnum", 4, "sample-x-a")}AAAAAAAA${randomChars("alnum", 20, "sample-x-b")}%2B${randomChars("alnum", 20, "sample-x-c")}%3D${randomChars("alnum", 40, "sample-x-d")}`,
    detector: "twitter-bearer-token",
    foundByEngine: true,
  },
  {
    value: ["6LeIxAcTAAAAAGG-", "vFI1TnRWxMZNFuo", "jJ4WifJWe"].join(""),
    line: (value) => `RECAPTCHA_SECRET_KEY=${value}`,
    lookalike: () => `6Le${randomChars("base64url", 37, "sample-recaptcha")}`,
    detector: "generic-secret",
    foundByEngine: true,
  },
  {
    value: [
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1",
      "OUzFT50uSRZ6IFsuFq2UVErCz4I6tq",
      "/K1SZFPTOtr/KBHBeksoGMGw==",
    ].join(""),
    line: (value) => `AZURE_STORAGE_KEY="${value}"`,
    lookalike: () => `${randomChars("base64", 85, "sample-azurite")}A==`,
    detector: "azure-storage-account-key",
    foundByEngine: true,
  },
  {
    value: [
      "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEH",
      "LM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPM",
      "bIZnqyMsEcaGQy67XIw/Jw==",
    ].join(""),
    line: (value) =>
      `COSMOS_CONNECTION_STRING="AccountEndpoint=https://orders-prod.documents.azure.com:443/;AccountKey=${value};"`,
    lookalike: () => `${randomChars("base64", 85, "sample-cosmos")}w==`,
    detector: "azure-cosmosdb-connection-string",
    foundByEngine: true,
  },
  {
    value: [
      "dt0s01.ST2EY72KQINMH574",
      "WMNVI7YN.G3DFPBEJYMODIDAEX454M7YW",
      "BUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM",
    ].join(""),
    line: (value) => `DT_PLATFORM_TOKEN=${value}`,
    lookalike: () =>
      `dt0s01.${randomChars("upperAlnum", 24, "sample-dynatrace-id")}.${randomChars("upperAlnum", 64, "sample-dynatrace-secret")}`,
    detector: "dynatrace-platform-token",
    foundByEngine: true,
  },
  {
    value: ["zuf+tfteSl", "swRu7BJ86wekitnif", "ILbZam1KYY3TG"].join(""),
    line: (value) => `  "secretKey": "${value}",`,
    lookalike: () => randomChars("base64", 40, "sample-minio"),
    detector: "generic-secret",
    foundByEngine: true,
  },
  stsCase(
    [
      "AQoDYXdzEPT//////////wEXAMPLEtc764bN",
      "rC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKW",
      "HGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8Y",
      "UuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4",
      "IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQ",
      "DYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE",
      "8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0",
      "iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yj",
      "c8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2",
      "ICCR/oLxBA==",
    ],
    "AQoDYXdzEPT/////",
    "sample-sts-assume-role",
  ),
  stsCase(
    [
      "IQoJb3JpZ2luX2VjEOz/////////////////",
      "///wEXAMPLEtMSJHMEUCIDoKK3JH9uGQE1z0",
      "sINr5M4jk+Na8KHDcCYRVjJCZEvOAiEA3OvJ",
      "Gtw1EcViOleS2vhs8VdCKFJQWPQrmGdeehM4",
      "IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQ",
      "DYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE",
      "8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0",
      "iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yj",
      "c8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2",
      "ICCR/oLxBA==",
    ],
    "IQoJb3JpZ2luX2Vj",
    "sample-sts-saml",
  ),
  stsCase(
    [
      "AQoEXAMPLEH4aoAH0gNCAPyJxz4BlCFFxWNE",
      "1OPTgk5TthT+FvwqnKwRcOIfrRh3c/LTo6UD",
      "dyJwOOvEVPvLXCrrrUtdnniCEXAMPLE/IvU1",
      "dYUg2RVAJBanLiHb4IgRmpRV3zrkuWJOgQs8",
      "IZZaIv2BXIa2R4OlgkBN9bkUDNCJiBeb/AXl",
      "zBBko7b15fjrBs2+cTQtpZ3CYWFXG8C5zqx3",
      "7wnOE49mRl/+OtkIKGO7fAE",
    ],
    "AQoDYXdzEJr//////////wEa",
    "sample-sts-session",
  ),
  {
    value: ["SomeKindOfPa", "ssword123!@#"].join(""),
    line: (value) => `  "Password": "${value}",`,
    lookalike: () => randomChars("alnum", 24, "sample-iam-password"),
    detector: "generic-password",
    foundByEngine: true,
  },
  {
    value: ["h]6Esz", "R}vJ*m"].join(""),
    line: (value) => `          "Password": "${value}",`,
    lookalike: () =>
      `${randomChars("alnum", 6, "sample-iam-create")}}]*${randomChars("alnum", 5, "sample-iam-create2")}`,
    detector: "generic-password",
    foundByEngine: true,
  },
  {
    value: ["sb_secret_N7UND0Ug", "jKTVK-Uodkm0Hg_xSvEMPvz"].join(""),
    line: (value) => `export SUPABASE_SECRET_KEY=${value}`,
    lookalike: () => `sb_secret_${randomChars("base64url", 31, "sample-supabase-local")}`,
    detector: "supabase-secret-key",
    foundByEngine: true,
  },
  {
    value: ["BnQw&XDWga", "EeT9XGTT29"].join(""),
    line: (value) => `{"username": "david", "password": "${value}"}`,
    lookalike: () => randomChars("alnum", 20, "sample-sm-password"),
    detector: "generic-password",
    foundByEngine: true,
  },
  {
    value: ["SW2YcwTIb9", "zpOOhoPsMm"].join(""),
    line: (value) => `[security]\nadmin_user = admin\nsecret_key = ${value}`,
    lookalike: () => randomChars("alnum", 20, "sample-grafana-secret"),
    detector: "generic-secret",
    foundByEngine: true,
  },
  {
    value: ["JBSWY3DP", "EHPK3PXP"].join(""),
    line: (value) => `otpauth://totp/Example:alice@google.com?secret=${value}&issuer=Example`,
    lookalike: () => randomChars("base32", 32, "sample-totp"),
    detector: "generic-secret",
    foundByEngine: true,
  },
  {
    value: ["MTk4NjIyNDgzNDcxOTI1MjQ4", "Cl2FMQ", "ZnCjm1XVW7vRze4b7Cq4se7kKWs"].join("."),
    line: (value) => `curl -H "Authorization: Bot ${value}" https://discord.com/api/v10/users/@me`,
    lookalike: () =>
      `${base64url("992100123456789012")}.${randomChars("base64url", 6, "sample-discord-ts")}.${randomChars("base64url", 38, "sample-discord-hmac")}`,
    detector: "discord-bot-token",
    foundByEngine: true,
  },
  {
    value: ["16813a12f718bc5c", "620f56944e1abc3ea13ccbac"].join(""),
    line: (value) =>
      `var game_key: String = "5c6bcb5402204249437fb5a7a80a4959"\nvar secret_key: String = "${value}"`,
    lookalike: () => randomChars("hexLower", 40, "sample-gameanalytics"),
    detector: "generic-secret",
    foundByEngine: true,
  },
  {
    value: ["key-3ax6xnjp29jd", "6fds4gc373sgvjxteol0"].join(""),
    line: (value) => `r = requests.post(url, auth=("api", "${value}"))`,
    lookalike: () => `key-${randomChars("lowerAlnum", 32, "sample-mailgun")}`,
    detector: "generic-client-call-password",
    foundByEngine: true,
  },
  {
    value: ["whsec_MfKQ9r8GKYqr", "TwjUPD8ILPZIo2LaLaSw"].join(""),
    line: (value) => `const secret = "${value}";`,
    lookalike: () => `whsec_${randomChars("alnum", 32, "sample-svix")}`,
    detector: "stripe-webhook-secret",
    foundByEngine: true,
  },
  {
    value: ["c98b62a9b6169ac5", "f67dae55ae4a9088"].join(""),
    line: (value) => `<cluster>\n  <name>wazuh</name>\n  <key>${value}</key>\n  <port>1516</port>`,
    lookalike: () => randomChars("hexLower", 32, "sample-wazuh"),
    detector: "wazuh-cluster-key",
    foundByEngine: true,
  },
  {
    value: ["sk-helicone-", "aizk36y-5yue2my-", "qmy5tza-n7x3aqa"].join(""),
    line: (value) => `export const TEST_ORG_API_KEY = "${value}";`,
    lookalike: () =>
      `sk-helicone-${[1, 2, 3, 4].map((i) => randomChars("abcdefghijklmnopqrstuvwxyz234567", 7, `sample-helicone-${i}`)).join("-")}`,
    detector: "helicone-api-key",
    foundByEngine: true,
  },
];

const engine = new Engine(catalog);
const found = (text: string) => engine.scan(Buffer.from(text)).map((c) => c.secret);

describe("public sample values", () => {
  it("lists each value once, each with its vendor's page, and the tests cover every entry", () => {
    const hashes = PUBLIC_SAMPLES.map((s) => ("value" in s ? sha256(s.value) : s.sha256));
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const sample of PUBLIC_SAMPLES) {
      expect(sample.url).toMatch(/^https:\/\//);
      expect(sample.why.length).toBeGreaterThan(20);
    }
    expect(CASES.map((c) => sha256(c.value)).sort()).toEqual([...hashes].sort());
  });

  it("keeps hints true to the hashed values", () => {
    for (const sample of PUBLIC_SAMPLES) {
      if ("value" in sample) continue;
      const value = CASES.find((c) => sha256(c.value) === sample.sha256)?.value ?? "";
      const [head = "", tail = ""] = sample.hint.split("…");
      expect(value.startsWith(head) && value.endsWith(tail), sample.hint).toBe(true);
    }
  });

  it.each(CASES.map((c) => [c.line(c.value).split("\n").pop(), c] as const))(
    "does not report %s",
    (_, sample) => {
      const line = sample.line(sample.value);
      expect(publicSampleByHash(sha256(sample.value))).toBeDefined();
      // Where the engine finds the value, the list alone keeps it out of the report.
      expect(found(line).includes(sample.value)).toBe(sample.foundByEngine);
      expect(scanText(line).filter((f) => f.secret === sample.value)).toEqual([]);
    },
  );

  it.each(CASES.map((c) => [c.detector, c] as const))(
    "still reports a generated key of the same shape (%s)",
    (_, sample) => {
      const lookalike = sample.lookalike();
      const findings = scanText(sample.line(lookalike));
      expect(findings.map((f) => [f.detectorId, f.secret])).toContainEqual([sample.detector, lookalike]);
    },
  );

  it("drops the value only where it is the whole secret", () => {
    const stripe = CASES.find((c) => c.detector === "stripe-test-key") as SampleCase;
    // One character more or less is another key, reported as usual.
    for (const value of [`${stripe.value.slice(0, -1)}Z`, `${stripe.value}Z`]) {
      expect(scanText(stripe.line(value)).map((f) => f.secret)).toEqual([value]);
    }
  });
});
