import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { scanText } from "../src/scan/text.js";

/*
 * Credentials without a vendor prefix, found by their file format or setting, through the full
 * catalog: each whole file is reported once, under the detector written for it, and the
 * templates people commit in their place are not reported at all.
 */

const CRYPT = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const alnum = (label: string, length = 20) => randomChars("alnum", length, `context-test-${label}`);
const crypt = (label: string, length: number) => randomChars(CRYPT, length, `context-test-${label}`);

const detectorsOf = (text: string, path?: string) => scanText(text, { path }).map((f) => f.detectorId);

describe("credential files and settings", () => {
  it("reports a .pgpass file line by line, skipping comments and placeholders", () => {
    const text = `# hostname:port:database:username:password\ndb.internal:5432:orders:app:${alnum("pg1")}\n*:*:*:postgres:postgres\n`;
    expect(detectorsOf(text, ".pgpass")).toEqual(["postgres-pgpass-password"]);
  });

  it("reports nothing for wp-config-sample.php", () => {
    const names = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "NONCE_SALT"];
    const text = names.map((n) => `define( '${n}', 'put your unique phrase here' );`).join("\n");
    expect(detectorsOf(text, "wp-config-sample.php")).toEqual([]);
  });

  it("reports a Terraform default only under a credential name", () => {
    const value = alnum("tf", 18);
    expect(detectorsOf(`variable "admin_password" {\n  default = "${value}"\n}`, "main.tf")).toEqual([
      "terraform-variable-secret-default",
    ]);
    expect(detectorsOf(`variable "instance_type" {\n  default = "${value}"\n}`, "main.tf")).toEqual([]);
  });

  it("reports an empty Laravel key template as nothing", () => {
    expect(detectorsOf("APP_NAME=Laravel\nAPP_KEY=\nAPP_DEBUG=true\n", ".env.example")).toEqual([]);
  });
});

describe("HTTP authorization in collections and captures", () => {
  it("reports a token in a HAR capture once, and nothing for a Postman variable", () => {
    const har = JSON.stringify(
      {
        log: {
          entries: [
            { request: { headers: [{ name: "Authorization", value: `Bearer ${alnum("har", 48)}` }] } },
          ],
        },
      },
      null,
      2,
    );
    expect(detectorsOf(har, "session.har")).toEqual(["http-header-pair-authorization"]);
    const postman = JSON.stringify(
      { header: [{ key: "Authorization", value: "Bearer {{accessToken}}" }] },
      null,
      2,
    );
    expect(detectorsOf(postman, "api.postman_collection.json")).toEqual([]);
  });
});

describe("password hashes", () => {
  it("reports a bcrypt hash under a password name as a hash, not as a generic password", () => {
    const findings = scanText(`password: "$2b$12$${crypt("bcrypt", 53)}"`);
    expect(findings.map((f) => [f.detectorId, f.severity])).toEqual([["bcrypt-password-hash", "low"]]);
  });

  it("reports each hash of a shadow file and skips locked accounts", () => {
    const text = [
      `root:$6$${crypt("s1", 16)}$${crypt("s1h", 86)}:19700:0:99999:7:::`,
      "daemon:*:19700:0:99999:7:::",
      "nobody:!:19700:0:99999:7:::",
      `ops:$1$${crypt("m1", 8)}$${crypt("m1h", 22)}:19700:0:99999:7:::`,
    ].join("\n");
    expect(detectorsOf(text, "shadow")).toEqual(["sha-crypt-password-hash", "md5-crypt-password-hash"]);
  });
});

describe("NATS nkey seeds", () => {
  it("needs a valid CRC-16: random base32 of the right shape is not reported", () => {
    const lookalike = `SUA${randomChars("base32", 55, "context-test-nats")}`;
    expect(detectorsOf(`NATS_SEED=${lookalike}`)).toEqual([]);
  });
});

describe("a JWT's claims in its finding", () => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const issued = 1_767_225_600; // 2026-01-01T00:00:00Z
  const token = (claims: object) =>
    `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.${randomChars("base64url", 43, "jwt-details-sig")}`;

  it("shows issuer, subject, audience and expiry, never the signature", () => {
    const text = `AUTH_TOKEN=${token({ iss: "billing", sub: "svc-export", aud: ["api", "admin"], iat: issued, exp: issued + 3600 })}`;
    const [finding] = scanText(text);
    expect(finding?.detectorId).toBe("jwt");
    expect(finding?.details).toEqual({
      algorithm: "HS256",
      issuer: "billing",
      subject: "svc-export",
      audience: "api, admin",
      issued: "2026-01-01T00:00:00Z",
      expires: "2026-01-01T01:00:00Z",
    });
  });

  it("says a token without exp never expires, and cuts a long claim", () => {
    const [finding] = scanText(`token: ${token({ iss: "x".repeat(200), iat: issued })}`);
    expect(finding?.details?.expires).toBe("never");
    expect(finding?.details?.issuer).toHaveLength(80);
  });
});

describe("a Rails key file, known by its path", () => {
  const key = randomChars("hexLower", 32, "rails-path-test");
  it("is reported at config/master.key and config/credentials/<env>.key only", () => {
    expect(detectorsOf(`${key}\n`, "app/config/master.key")).toEqual(["rails-master-key"]);
    expect(detectorsOf(key, "config\\credentials\\production.key")).toEqual(["rails-master-key"]);
    expect(detectorsOf(`${key}\n`, "notes.txt")).toEqual([]);
    expect(detectorsOf(`${key}\n`, "config/master.key.example")).toEqual([]);
  });
});

describe("settings known by the file that holds them", () => {
  it("reports an Inno Setup password in a .iss script, not in an INI file", () => {
    const text = `[Setup]\nAppName=Lumen\nPassword=${alnum("inno", 14)}.7\n`;
    expect(detectorsOf(text, "installer/Setup.iss")).toContain("inno-setup-password");
    const ini = `[database]\nHost=db.internal\nPassword=${alnum("inno-ini", 14)}.7\n`;
    expect(detectorsOf(ini, "config/app.ini")).not.toContain("inno-setup-password");
  });

  it("reports PlatformIO's --auth= OTA password under upload_flags only", () => {
    const text = `[env:esp32]\nupload_protocol = espota\nupload_flags =\n    --port=3232\n    --auth=${alnum("ota", 14)}\n`;
    expect(detectorsOf(text, "firmware/platformio.ini")).toEqual(["arduino-ota-password"]);
    expect(detectorsOf(`tool --auth=${alnum("ota-cli", 14)}\n`, "scripts/run.sh")).toEqual([]);
  });
});

describe("client history files", () => {
  it("reports redis-cli's AUTH line, not PAM's auth lines", () => {
    const text = `AUTH ${alnum("redis-history", 32)}\nINFO replication\n`;
    expect(detectorsOf(text, "home/deploy/.rediscli_history")).toEqual(["redis-cli-history-password"]);
    expect(detectorsOf(`auth sufficient ${alnum("pam", 12)}.so\n`, "etc/pam.d/sshd")).toEqual([]);
  });
});
