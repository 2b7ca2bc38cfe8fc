import { describe, expect, it } from "vitest";
import {
  BPE_MERGES,
  genericValueReason,
  learnSubwords,
  passwordPlaceholderReason,
  RANDOM_MIN_TOKENS_PER_CHAR,
  randomnessReason,
  referenceReason,
  seedWords,
  tokenize,
  tokensPerChar,
  unLeet,
  vocabulary,
} from "../src/catalog/language.js";
import { SUBWORDS } from "../src/catalog/subwords.js";
import { randomChars } from "../src/catalog/synth.js";
import { shannonEntropy } from "../src/engine/filters.js";

/** 50 generated tokens: the alphabets and lengths credentials are made of. */
const ALPHABETS = ["hexLower", "alnum", "base64", "base64url", "lowerAlnum"] as const;
const LENGTHS = [8, 10, 12, 16, 20, 24, 32, 40, 48, 64];
const RANDOM = ALPHABETS.flatMap((alphabet) =>
  LENGTHS.map((length) => randomChars(alphabet, length, `language-${alphabet}-${length}`)),
);

/** 50 values people and programs write where a secret could be: words, identifiers, weak passwords. */
const LANGUAGE = [
  "SuperSecretPassword",
  "mysecretpassword",
  "correcthorsebatterystaple",
  "your_password_here",
  "database_password",
  "DB_PASSWORD_PROD",
  "passwordInput",
  "userPassword",
  "getPasswordFromVault",
  "Summer2024!",
  "Welcome123",
  "P@ssw0rd!",
  "letmein2023",
  "iloveyou99",
  "changeme123",
  "admin_secret_key",
  "client-secret-value",
  "the-quick-brown-fox",
  "helloworld",
  "sunshine1985",
  "football2020",
  "monkey_business",
  "MasterPassword1",
  "defaultSecretKey",
  "production-api-token",
  "SecretKeyForJwtSigning",
  "my-super-secret-key",
  "jwt_secret_change_me",
  "AccessTokenValue",
  "refreshTokenStore",
  "spring.datasource.password",
  "application-settings",
  "development",
  "configuration_value",
  "PasswordRequired",
  "invalid_token_error",
  "SessionCookieName",
  "localhost_dev_key",
  "mongo_root_password",
  "redis-password-staging",
  "StrongPassword!2022",
  "TopSecretProject",
  "dragonmaster",
  "shadow_hunter_77",
  "princess2001",
  "NotARealSecret",
  "sample-api-key-for-docs",
  "internal_service_account",
  "qwerty12345",
  "password_reset_link",
];

function summary(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] as number,
    median: sorted[Math.floor(sorted.length / 2)] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

describe("language scorer", () => {
  it("generates sub-word units from its seed words (BPE merges)", () => {
    const units = learnSubwords(["password", "passport", "passage", "word", "sword"], 4);
    // "or" occurs in four of the five words: the first merge.
    expect(units[0]).toBe("or");
    expect(units).toContain("as");
    expect(vocabulary().size).toBeGreaterThan(900);
    // The shipped units are what the seed words give (scripts/subwords.mjs regenerates them).
    expect(SUBWORDS).toEqual(learnSubwords(seedWords(), BPE_MERGES));
    expect(vocabulary().has("password")).toBe(true);
  });

  it("segments words, digits and cased pieces like a BPE tokenizer would", () => {
    expect(tokenize("SuperSecretPassword")).toEqual(["Super", "Secret", "Password"]);
    expect(tokenize("db_password_2024")).toEqual(["db", "_password", "_", "20", "24"]);
    expect(tokenize("pAsS").length).toBeGreaterThan(2);
    expect(unLeet("P@ssw0rd")).toBe("Password");
    expect(unLeet("abc123")).toBe("abc123");
  });

  it("separates 50 random tokens from 50 language-like values (the measured thresholds)", () => {
    const random = summary(RANDOM.map(tokensPerChar));
    const language = summary(LANGUAGE.map(tokensPerChar));
    // The numbers quoted in src/catalog/language.ts come from this table.
    console.info(
      `tokens/char random: min ${random.min.toFixed(2)} median ${random.median.toFixed(2)} max ${random.max.toFixed(2)}; ` +
        `language: min ${language.min.toFixed(2)} median ${language.median.toFixed(2)} max ${language.max.toFixed(2)}`,
    );
    expect(random.min).toBeGreaterThan(RANDOM_MIN_TOKENS_PER_CHAR);
    expect(language.max).toBeLessThan(RANDOM_MIN_TOKENS_PER_CHAR);
    const entropy = summary(RANDOM.map(shannonEntropy));
    console.info(`entropy random: min ${entropy.min.toFixed(2)} median ${entropy.median.toFixed(2)}`);
  });

  it("accepts every random token and rejects every language-like value", () => {
    expect(RANDOM.filter((v) => randomnessReason(v) !== undefined)).toEqual([]);
    expect(
      LANGUAGE.filter((v) => randomnessReason(v) === undefined && genericValueReason(v) === undefined),
    ).toEqual([]);
  });

  it("takes random hex keys as random, whichever of their letters sit on the home row", () => {
    const keys = Array.from({ length: 500 }, (_, i) => randomChars("hexLower", 32, `language-hex-${i}`));
    expect(keys.filter((key) => genericValueReason(key) !== undefined)).toEqual([]);
  });

  it("recognises references, templates and placeholders", () => {
    for (const ref of [
      "${DB_PASS}",
      "$DB_PASS",
      "%DB_PASS%",
      "%(password)s",
      "{{ .Values.db.password }}",
      "process.env.DB_PASS",
      "os.environ['X']",
      "vault:secret/data/db#password",
      "@db.password@",
      "__DB_PASSWORD__",
      "__SmtpPassword__",
      "self.password",
      "config.db.password",
    ]) {
      expect(referenceReason(ref), ref).toBeDefined();
    }
    expect(passwordPlaceholderReason("password")).toBeDefined();
    expect(passwordPlaceholderReason("your_password")).toBeDefined();
    expect(passwordPlaceholderReason("postgres", "postgres")).toBeDefined();
    expect(passwordPlaceholderReason("S3cretSauce")).toBeUndefined();
    expect(passwordPlaceholderReason("DOCKER_PASSWORD")).toBeDefined();
    expect(passwordPlaceholderReason("PASSWORD_2024")).toBeDefined();
    expect(passwordPlaceholderReason("PASSWORDLESS")).toBeUndefined();
  });
  it("rejects a name for the password written as its value, but not words run together", () => {
    expect(passwordPlaceholderReason("cluster_password")).toBeDefined();
    expect(passwordPlaceholderReason("ZS_DBPassword")).toBeDefined();
    expect(passwordPlaceholderReason("Wifi password")).toBeDefined();
    // People do choose these.
    expect(passwordPlaceholderReason(["this", "is", "my", "password"].join(""))).toBeUndefined();
    expect(passwordPlaceholderReason("Cluster_Password_2024!")).toBeUndefined();
  });
  it("rejects placeholders written in words the vocabulary does not hold", () => {
    // Portuguese and Spanish for "Password@123", "secure password", as API docs write them.
    expect(passwordPlaceholderReason("Senha@123")).toBeDefined();
    expect(passwordPlaceholderReason("senha_segura_123")).toBeDefined();
    expect(passwordPlaceholderReason("Contrasena@2024")).toBeDefined();
    expect(passwordPlaceholderReason("mypassword123")).toBeDefined();
    expect(passwordPlaceholderReason("sk-NEW_KEY")).toBeDefined();
    expect(passwordPlaceholderReason(["owl", "password", "123"].join("_"))).toBeUndefined();
    // A word of its own beside them is a chosen password.
    expect(passwordPlaceholderReason("SenhaBaleia!2024")).toBeUndefined();
  });
  it("takes an OpenSSL or CryptoJS ciphertext for what it is", () => {
    const salted = Buffer.concat([
      Buffer.from("Salted__"),
      Buffer.from(randomChars("hexLower", 48, "salted"), "hex"),
    ]);
    expect(genericValueReason(salted.toString("base64"))).toMatch(/encrypted/);
  });
  it("rejects template tokens and file includes", () => {
    expect(referenceReason("@@ADMIN_PASSWORD_HASH@@")).toBeDefined();
    expect(referenceReason("@/etc/bacula/director.pw")).toBeDefined();
    expect(referenceReason("'$gapppass")).toBeUndefined();
    expect(passwordPlaceholderReason("'$gapppass")).toBeDefined();
  });
});

describe("shannonEntropy", () => {
  /** The definition, over code points, as the function computed it before its ASCII fast path. */
  function reference(value: string): number {
    const counts = new Map<string, number>();
    for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) bits -= (count / value.length) * Math.log2(count / value.length);
    return bits;
  }

  it("gives the bits of the definition exactly, for ASCII and other text, one value after another", () => {
    expect(shannonEntropy("")).toBe(0);
    expect(shannonEntropy("aaaa")).toBe(0);
    expect(shannonEntropy("abcd")).toBe(2);
    const values = [...RANDOM, ...LANGUAGE, "pässwörd-ünïcode", "key😀😀value", "ab", "é", "a\u0080b"];
    // Twice, so that counts left behind by one value would show in the next.
    for (const value of [...values, ...values]) expect(shannonEntropy(value)).toBe(reference(value));
  });
});
