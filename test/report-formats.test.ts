import { existsSync } from "node:fs";
import { Ajv } from "ajv";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import type { Finding } from "../src/findings/finding.js";
import { REPORT_FORMATS, reporters } from "../src/report/index.js";
import type { ReportInput } from "../src/report/reporter.js";
import { scanText } from "../src/scan/text.js";
import { runCli } from "./helpers/cli.js";
import { anthropicKey } from "./helpers/git-repo.js";
import { removeDir, tempDir, writeFiles } from "./helpers/temp.js";

const key = anthropicKey("formats");
const admin = `sk-ant-admin01-${randomChars("base64url", 93, "formats-admin")}AA`;
/** Commas, colons, quotes and a percent sign: each format has something to escape here. */
const ODD_PATH = 'odd/we,ird:na"me 100%.env';

const dir = tempDir("formats");
afterAll(() => removeDir(dir));
writeFiles(dir, {
  "config/.env": `ANTHROPIC_API_KEY=${key}\n`,
  [ODD_PATH]: `\nADMIN=${admin}\n`,
});
const report = (format: string, ...args: string[]) => {
  const result = runCli(["scan", ".", "--format", format, ...args], { cwd: dir });
  expect(result.status, result.stderr).toBe(1);
  return result.stdout;
};
const json = JSON.parse(report("json"));
const STATS = { files: 1, bytes: 1, skipped: 0, durationMs: 12 };

/** A real finding, with fields replaced to hold what a hostile repository can put there. */
function finding(overrides: Partial<Finding> = {}): Finding {
  const [found] = scanText(`KEY=${key}\n`, { path: "app.env" });
  return { ...(found as Finding), ...overrides };
}
const input = (...findings: Finding[]): ReportInput => ({ findings, stats: STATS });

describe("report formats", () => {
  it("are all offered by --format, for scan and git, and listed in --help", () => {
    expect(REPORT_FORMATS).toEqual([
      "text",
      "json",
      "sarif",
      "html",
      "csv",
      "jsonl",
      "junit",
      "gitlab",
      "github",
    ]);
    for (const command of ["scan", "git"]) {
      const help = runCli([command, "--help"]).stdout.replace(/\s+/g, " ");
      expect(help).toContain(`choices: ${REPORT_FORMATS.map((f) => `"${f}"`).join(", ")}`);
    }
  });

  it.each(["csv", "jsonl", "junit", "gitlab", "github", "html"])(
    "%s never holds a secret by default",
    (format) => {
      const out = report(format);
      expect(out).not.toContain(key);
      expect(out).not.toContain(admin);
    },
  );

  it.each(["junit", "gitlab", "github"])("%s never holds a secret, even with --no-redact", (format) => {
    const out = report(format, "--no-redact");
    expect(out).not.toContain(key);
    expect(out).not.toContain(admin);
  });
});

describe("--format csv", () => {
  const csv = report("csv");

  it("writes a header and one RFC 4180 row per finding, matching the JSON report", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([
      "severity",
      "detector",
      "name",
      "vendor",
      "path",
      "line",
      "column",
      "redacted",
      "fingerprint",
      "secretHash",
      "commit",
      "verification",
    ]);
    expect(rows).toEqual(
      json.findings.map((f: Record<string, unknown>) =>
        [f.severity, f.detector, f.name, f.vendor, f.path, f.line, f.column, f.redacted]
          .concat([f.fingerprint, f.secretHash, "", ""])
          .map(String),
      ),
    );
    expect(csv).toContain('"odd/we,ird:na""me 100%.env"');
  });

  it("adds a secret column with --no-redact", () => {
    const [header, ...rows] = parseCsv(report("csv", "--no-redact"));
    expect(header?.at(-1)).toBe("secret");
    expect(rows.map((r) => r.at(-1)).sort()).toEqual([key, admin].sort());
  });

  it("keeps a spreadsheet from running a cell as a formula, and quotes line breaks", () => {
    const out = reporters.csv(
      input(
        finding({ path: '=HYPERLINK("http://x","y")', redacted: "-----BEGIN RSA PRIVATE KEY-----\nMII…" }),
      ),
      {},
    );
    const [, row] = parseCsv(out);
    expect(row?.[4]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(row?.[7]).toBe("'-----BEGIN RSA PRIVATE KEY-----\nMII…");
  });

  it("is a header alone when nothing was found", () => {
    expect(reporters.csv(input(), {}).split("\r\n")).toHaveLength(2);
  });
});

describe("--format jsonl", () => {
  it("writes one JSON finding per line, in the JSON report's shape, and nothing else", () => {
    const lines = report("jsonl").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line))).toEqual(json.findings);
  });

  it("adds the secret with --no-redact, and is empty when nothing was found", () => {
    const lines = report("jsonl", "--no-redact").trim().split("\n");
    expect(lines.map((line) => JSON.parse(line).secret).sort()).toEqual([key, admin].sort());
    expect(reporters.jsonl(input(), {})).toBe("");
  });
});

describe("--format junit", () => {
  const xml = report("junit");

  it("writes one failing test case per finding: file as classname, detector and line as name", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(xml).toContain('<testsuite name="keyhound 0.1.0" tests="2" failures="2" errors="0" skipped="0"');
    expect(xml).toContain('<testcase classname="config/.env" name="anthropic line 1" time="0">');
    expect(xml).toContain(
      '<testcase classname="odd/we,ird:na&quot;me 100%.env" name="anthropic-admin line 2" time="0">',
    );
    expect(
      xml.match(/<failure message="Anthropic [^"]+ found: sk-ant-[^"]+" type="(high|critical)">/g),
    ).toHaveLength(2);
  });

  it("is a passing suite of zero tests when nothing was found", () => {
    const empty = reporters.junit(input(), {});
    expect(empty).toContain('tests="0" failures="0" errors="0" skipped="0"');
    expect(empty).not.toContain("<testcase");
  });
});

/**
 * The constraints of GitLab's published secret-detection report schema, version 15.0.7
 * (security-report-schemas, dist/secret-detection-report-format.json), restated here for the
 * fields keyhound writes: what is required, the enums, patterns and length limits.
 */
const GITLAB_SCHEMA = {
  type: "object",
  required: ["scan", "version", "vulnerabilities"],
  properties: {
    version: { type: "string", pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$" },
    scan: {
      type: "object",
      required: ["analyzer", "end_time", "scanner", "start_time", "status", "type"],
      properties: {
        analyzer: { $ref: "#/definitions/tool" },
        scanner: { $ref: "#/definitions/tool" },
        start_time: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$" },
        end_time: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$" },
        status: { enum: ["success", "failure"] },
        type: { enum: ["secret_detection"] },
      },
    },
    vulnerabilities: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "identifiers", "location"],
        properties: {
          id: { type: "string", minLength: 1 },
          name: { type: "string", maxLength: 255 },
          description: { type: "string", maxLength: 1048576 },
          severity: { enum: ["Info", "Unknown", "Low", "Medium", "High", "Critical"] },
          solution: { type: "string", maxLength: 7000 },
          identifiers: {
            type: "array",
            minItems: 1,
            items: {
              type: "object",
              required: ["type", "name", "value"],
              properties: {
                type: { type: "string", minLength: 1 },
                name: { type: "string", minLength: 1 },
                value: { type: "string", minLength: 1 },
              },
            },
          },
          links: {
            type: "array",
            items: {
              type: "object",
              required: ["url"],
              properties: {
                name: { type: "string" },
                url: { type: "string", pattern: "^(https?|ftp)://.+" },
              },
            },
          },
          location: {
            type: "object",
            required: ["commit"],
            properties: {
              file: { type: "string" },
              start_line: { type: "number" },
              end_line: { type: "number" },
              commit: {
                type: "object",
                required: ["sha"],
                properties: {
                  sha: { type: "string", minLength: 1 },
                  author: { type: "string" },
                  date: { type: "string" },
                  message: { type: "string" },
                },
              },
            },
          },
        },
      },
    },
  },
  definitions: {
    tool: {
      type: "object",
      required: ["id", "name", "version", "vendor"],
      properties: {
        id: { type: "string", minLength: 1 },
        name: { type: "string", minLength: 1 },
        version: { type: "string", minLength: 1 },
        vendor: {
          type: "object",
          required: ["name"],
          properties: { name: { type: "string", minLength: 1 } },
        },
      },
    },
  },
};

describe("--format gitlab", () => {
  const gitlab = JSON.parse(report("gitlab"));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(GITLAB_SCHEMA);

  it("validates against GitLab's secret-detection schema 15.0.7", () => {
    expect(validate(gitlab), JSON.stringify(validate.errors)).toBe(true);
    expect(gitlab.version).toBe("15.0.7");
    expect(gitlab.scan).toMatchObject({ type: "secret_detection", status: "success" });
    expect(validate(JSON.parse(reporters.gitlab(input(), {})))).toBe(true);
  });

  it("writes one vulnerability per finding, with category, severity, location and rule id", () => {
    const byFile = new Map(
      gitlab.vulnerabilities.map((v: { location: { file: string } }) => [v.location.file, v]),
    );
    expect(byFile.get("config/.env")).toMatchObject({
      category: "secret_detection",
      name: "Anthropic API key",
      severity: "High",
      location: { file: "config/.env", start_line: 1, commit: { sha: "0000000" } },
      identifiers: [{ type: "keyhound_rule_id", name: "keyhound rule ID anthropic", value: "anthropic" }],
    });
    expect(byFile.get(ODD_PATH)).toMatchObject({ severity: "Critical", location: { start_line: 2 } });
    const ids = gitlab.vulnerabilities.map((v: { id: string }) => v.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // Stable across scans, so GitLab can follow a vulnerability from one pipeline to the next.
    expect(JSON.parse(report("gitlab")).vulnerabilities.map((v: { id: string }) => v.id)).toEqual(ids);
  });

  it("keeps the solution within the schema's limit", () => {
    const long = reporters.gitlab(
      input(finding({ detectorId: "not-in-catalog", fix: "x".repeat(9000) })),
      {},
    );
    const parsed = JSON.parse(long);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed.vulnerabilities[0].solution).toHaveLength(7000);
  });
});

/** Reads workflow commands back as GitHub's runner does. */
function parseCommand(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const decode = (text: string) =>
    text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
  const properties = Object.fromEntries(
    (match[2] ?? "").split(",").map((pair) => {
      const [name, value] = pair.split("=", 2) as [string, string];
      return [name, decode(value)];
    }),
  );
  return { command: match[1], properties, message: decode(match[3] ?? "") };
}

describe("--format github", () => {
  const lines = report("github").trimEnd().split("\n");

  it("writes one annotation per finding, at its file and line, levelled by severity", () => {
    expect(lines).toHaveLength(2);
    const commands = lines.map(parseCommand);
    const odd = commands.find((c) => c.properties.file === ODD_PATH);
    expect(odd).toMatchObject({
      command: "error",
      properties: { line: "2", col: "7", title: "Anthropic Admin API key (anthropic-admin)" },
    });
    expect(odd?.message).toMatch(/^Anthropic Admin API key \(critical\) found: sk-ant-admin01-/);
    expect(odd?.message).toContain('Run "keyhound explain anthropic-admin" for the full fix.');
    expect(lines.find((l) => l.includes("anthropic-admin"))).toContain(
      'file=odd/we%2Cird%3Ana"me 100%25.env,',
    );
    const notice = parseCommand(reporters.github(input(finding({ severity: "low" })), {}).trimEnd());
    expect(notice.command).toBe("notice");
    expect(parseCommand(reporters.github(input(finding({ severity: "medium" })), {}).trimEnd()).command).toBe(
      "warning",
    );
  });

  it("escapes line breaks and percent signs so that nothing can start another command", () => {
    const hostile = finding({
      path: "a\n::warning::injected\r.env",
      fix: "100% sure\n::error::also injected",
    });
    const out = reporters.github(input(hostile), {});
    expect(out.split("\n")).toHaveLength(2);
    const parsed = parseCommand(out.trimEnd());
    expect(parsed.properties.file).toBe(hostile.path);
    expect(parsed.message).toContain(hostile.fix);
  });

  it("is empty when nothing was found", () => {
    expect(reporters.github(input(), {})).toBe("");
  });
});

const CHROMIUM = "/usr/bin/chromium";

/** The little of the browser's DOM that the XML check below uses (it runs in the page). */
interface XmlNode {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): XmlNode | null;
  querySelectorAll(selector: string): ArrayLike<XmlNode>;
}
declare const DOMParser: new () => { parseFromString(text: string, type: string): XmlNode };
const hasChromium = existsSync(CHROMIUM);

describe.skipIf(!hasChromium)(
  hasChromium ? "--format junit (XML parser)" : `--format junit (XML parser): skipped, ${CHROMIUM} missing`,
  () => {
    it("is well-formed XML whose values read back as written, hostile ones included", async () => {
      const hostile = finding({
        path: `a<b>&"c'\u0001\r\n.env`,
        snippet: "]]> </failure><testcase name='x'/> \u001b[31m",
      });
      const xml = reporters.junit(input(hostile, finding()), {});
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
      try {
        const page = await browser.newPage();
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, "application/xml");
          if (doc.querySelector("parsererror"))
            return { error: doc.querySelector("parsererror")?.textContent };
          return {
            cases: Array.from(doc.querySelectorAll("testcase"), (c) => ({
              classname: c.getAttribute("classname"),
              failure: c.querySelector("failure")?.textContent ?? "",
            })),
            failures: doc.querySelector("testsuite")?.getAttribute("failures"),
          };
        }, xml);
        expect(parsed.error).toBeUndefined();
        expect(parsed.failures).toBe("2");
        expect(parsed.cases?.[0]?.classname).toBe(`a<b>&"c'\uFFFD\r\n.env`);
        expect(parsed.cases?.[0]?.failure).toContain("]]> </failure><testcase name='x'/> \uFFFD[31m");
      } finally {
        await browser.close();
      }
    });
  },
);

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}
