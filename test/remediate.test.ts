import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { auditStep, mitigationSteps, revokeStep } from "../src/catalog/mitigation.js";
import type { Detector } from "../src/catalog/types.js";
import { sha256 } from "../src/findings/finding.js";
import { codeReplacement } from "../src/remediate/code.js";
import { envVarName } from "../src/remediate/env-name.js";
import { buildPlans } from "../src/remediate/plan.js";
import { buildReplacements, replaceTextLine, writePrivateFile } from "../src/remediate/replacements.js";
import type { RecheckedFinding, ReportEntry } from "../src/verify/recheck.js";
import { anthropicKey } from "./helpers/git-repo.js";
import { tempTree } from "./helpers/temp.js";

const byId = (id: string) => catalog.find((d) => d.id === id) as Detector;

describe("environment variable names", () => {
  it.each([
    ["github-pat-classic", "GITHUB_TOKEN"],
    ["github-oauth-client-secret", "GITHUB_CLIENT_SECRET"],
    ["stripe-secret-key", "STRIPE_SECRET_KEY"],
    ["anthropic", "ANTHROPIC_API_KEY"],
    ["anthropic-oauth-refresh", "ANTHROPIC_REFRESH_TOKEN"],
    ["aws-access-key", "AWS_ACCESS_KEY_ID"],
    ["aws-secret-access-key", "AWS_SECRET_ACCESS_KEY"],
    ["generic-password", "APP_PASSWORD"],
    ["postgresql-connection-uri", "POSTGRESQL_URL"],
    ["rsa-private-key", "RSA_PRIVATE_KEY"],
    ["slack-webhook-url", "SLACK_WEBHOOK_URL"],
  ])("%s reads %s", (id, name) => {
    expect(envVarName(byId(id))).toBe(name);
  });

  it("names every catalog detector as a valid variable", () => {
    for (const detector of catalog) expect(envVarName(detector)).toMatch(/^[A-Z_][A-Z0-9_]*$/);
  });

  it("names a detector the catalog does not know from its id", () => {
    expect(envVarName({ id: "acme-internal", name: "Acme token" })).toBe("ACME_SECRET");
    expect(envVarName({ id: "1acme", name: "x", family: "Webhook Secret" })).toBe("_1ACME_WEBHOOK_SECRET");
  });
});

describe("code replacements by file type", () => {
  it.each([
    ["src/app.py", "Python", 'os.environ["X_TOKEN"]'],
    ["web/index.ts", "JavaScript/TypeScript", "process.env.X_TOKEN"],
    ["lib/client.mjs", "JavaScript/TypeScript", "process.env.X_TOKEN"],
    ["main.go", "Go", 'os.Getenv("X_TOKEN")'],
    ["config/boot.rb", "Ruby", 'ENV.fetch("X_TOKEN")'],
    ["App.java", "Java/Kotlin", 'System.getenv("X_TOKEN")'],
    ["Program.cs", "C#", 'Environment.GetEnvironmentVariable("X_TOKEN")'],
    ["index.php", "PHP", "getenv('X_TOKEN')"],
    ["deploy.sh", "Shell", '"${X_TOKEN}"'],
    ["run.BASH", "Shell", '"${X_TOKEN}"'],
    [".env", "dotenv", "X_TOKEN="],
    ["config/.env.production", "dotenv", "X_TOKEN="],
    ["prod.env", "dotenv", "X_TOKEN="],
    [".github/workflows/ci.yml", "YAML", "${{ secrets.X_TOKEN }}"],
    ["main.tf", "Terraform", 'variable "x_token" { sensitive = true }'],
    ["application.properties", "properties", "${X_TOKEN}"],
  ])("%s: %s", (path, language, code) => {
    expect(codeReplacement(path, "X_TOKEN")).toMatchObject({ language, code });
  });

  it("says how to move the value out of formats that cannot read one", () => {
    const json = codeReplacement("settings.json", "X_TOKEN");
    expect(json.code).toBeUndefined();
    expect(json.advice).toContain("JSON cannot refer to the environment");
    const other = codeReplacement("notes.txt", "X_TOKEN");
    expect(other).toMatchObject({ language: "other" });
    expect(other.advice).toContain("X_TOKEN");
  });
});

/** A report entry as `keyhound scan/git --format json` writes it, for `secret`. */
function entry(secret: string, fields: Partial<ReportEntry> = {}): ReportEntry {
  return {
    detector: "anthropic",
    path: "app.py",
    line: 1,
    column: 1,
    secretHash: sha256(secret),
    redacted: "sk-ant-api03-abc…AA",
    ...fields,
  };
}
const notCommitted = { catalog, isCommitted: () => false };

describe("plans", () => {
  it("groups the places of one secret, most severe secret first, with the catalog's steps", () => {
    const key = anthropicKey("plan");
    const password = ["hunter2", "but", "longer"].join("-");
    const plans = buildPlans(
      [
        entry(password, { detector: "generic-password", path: "db.yml" }),
        entry(key, { path: "app.py", line: 3 }),
        entry(key, { path: ".env", line: 2, column: 19 }),
      ],
      notCommitted,
    );
    expect(plans.map((p) => [p.number, p.detector.id])).toEqual([
      [1, "anthropic"],
      [2, "generic-password"],
    ]);
    const [anthropic] = plans;
    expect(anthropic?.places).toEqual([
      { path: "app.py", line: 3, column: 1 },
      { path: ".env", line: 2, column: 19 },
    ]);
    expect(anthropic?.revoke).toBe(revokeStep(byId("anthropic")));
    expect(anthropic?.audit).toBe(auditStep(byId("anthropic")));
    expect(anthropic?.replacements.map((r) => [r.language, r.paths])).toEqual([
      ["Python", ["app.py"]],
      ["dotenv", [".env"]],
    ]);
    expect(anthropic?.history).toBeUndefined();
  });

  it("says why a secret must leave history: found there, or its file is committed", () => {
    const inGit = entry(anthropicKey("git"), {
      commit: { commit: "abc123" },
      history: { inHistoryOnly: true },
    });
    const tracked = entry(anthropicKey("tracked"), { path: "tracked.py" });
    const local = entry(anthropicKey("local"), { path: "local.py" });
    const plans = buildPlans([inGit, tracked, local], {
      catalog,
      isCommitted: (path) => path === "tracked.py",
    });
    expect(plans.map((p) => [p.history, p.inHistoryOnly])).toEqual([
      ["found in history", true],
      ["file is committed", false],
      [undefined, false],
    ]);
    expect(plans[0]?.places[0]?.commit).toBe("abc123");
  });

  it("gives two secrets of one kind two variables, and a detector it does not know a plan too", () => {
    const plans = buildPlans(
      [
        entry(anthropicKey("one")),
        entry(anthropicKey("two")),
        entry("custom-value-123456", { detector: "acme-token", name: "Acme token", severity: "low" }),
      ],
      notCommitted,
    );
    expect(plans.map((p) => p.envVar)).toEqual(["ANTHROPIC_API_KEY", "ANTHROPIC_API_KEY_2", "ACME_SECRET"]);
    expect(plans[2]).toMatchObject({ detector: { id: "acme-token", name: "Acme token", severity: "low" } });
    expect(plans[2]?.revoke).toBeUndefined();
  });

  it("keeps mitigationSteps, which explain shows, built from the same steps", () => {
    const steps = mitigationSteps(byId("anthropic"));
    expect(steps[0]).toContain(revokeStep(byId("anthropic")));
    expect(steps[2]).toBe(auditStep(byId("anthropic")));
  });
});

describe("replacements file", () => {
  const rechecked = (secret: string, fields: Partial<RecheckedFinding> = {}): RecheckedFinding => ({
    detectorId: "anthropic",
    path: "app.py",
    line: 1,
    column: 1,
    secretHash: sha256(secret),
    target: { detector: byId("anthropic"), secret },
    ...fields,
  });

  it("writes one line per secret in history, longest first, and lists what it could not find", () => {
    const short = anthropicKey("short");
    const long = `${anthropicKey("long")}x`;
    const gone = anthropicKey("gone");
    const local = anthropicKey("local");
    const history = { commit: { commit: "abc123" } };
    const plans = buildPlans(
      [entry(short, history), entry(long, history), entry(gone, history), entry(local)],
      notCommitted,
    );
    const result = buildReplacements(plans, [
      rechecked(short),
      rechecked(long),
      rechecked(gone, { target: undefined, skipped: "changed since the report" }),
      rechecked(local),
    ]);
    expect(result.lines).toEqual([
      `literal:${long}==>***REMOVED-anthropic***`,
      `literal:${short}==>***REMOVED-anthropic***`,
    ]);
    expect(result.replaced).toEqual([1, 2]);
    expect(result.notFound).toEqual([
      {
        plan: 3,
        places: [
          { path: "app.py", line: 1, column: 1, commit: "abc123", reason: "changed since the report" },
        ],
      },
    ]);
  });

  it("does not put a secret found in encoded text in the file, whose blob holds it encoded", () => {
    const key = anthropicKey("encoded");
    const plans = buildPlans(
      [entry(key, { commit: { commit: "abc123" }, decoded: ["base64"] })],
      notCommitted,
    );
    const result = buildReplacements(plans, [rechecked(key)]);
    expect(result.lines).toEqual([]);
    expect(result.notFound[0]?.places[0]?.reason).toContain("stored encoded");
  });

  it("writes a secret spanning lines as a regular expression that matches exactly it", () => {
    const pem =
      "-----BEGIN RSA PRIVATE KEY-----\r\nMIIE+a/b=\n(x)*.?[y]{2}|^$\\ #==>\n-----END RSA PRIVATE KEY-----";
    const line = replaceTextLine(pem, "rsa-private-key");
    expect(line.startsWith("regex:")).toBe(true);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line.endsWith("==>***REMOVED-rsa-private-key***")).toBe(true);
    const python = spawnSync(
      "python3",
      [
        "-c",
        "import re,sys; p,t=sys.stdin.buffer.read().split(b'\\0'); print(bool(re.fullmatch(p.rsplit(b'==>',1)[0][6:], t)))",
      ],
      { input: Buffer.from(`${line}\0${pem}`), encoding: "utf8" },
    );
    if (python.error) return; // without Python, filter-repo cannot run either
    expect(python.stdout.trim()).toBe("True");
  });

  it("is readable by its owner only, also when it existed before", () => {
    const root = tempTree({ "x.txt": "old\n" });
    const path = join(root, "x.txt");
    chmodSync(path, 0o644);
    writePrivateFile(path, "literal:a==>b\n");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, "utf8")).toBe("literal:a==>b\n");
    const fresh = join(root, "new.txt");
    writePrivateFile(fresh, "x\n");
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });
});
