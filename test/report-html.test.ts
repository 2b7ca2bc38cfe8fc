import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { mitigationSteps } from "../src/catalog/mitigation.js";
import { randomChars } from "../src/catalog/synth.js";
import type { Detector } from "../src/catalog/types.js";
import { exampleText } from "../src/docs/page.js";
import type { Finding } from "../src/findings/finding.js";
import { htmlReporter } from "../src/report/html.js";
import { scan } from "../src/scan/directory.js";
import { scanText } from "../src/scan/text.js";
import { runCli } from "./helpers/cli.js";
import { removeDir, tempDir, writeFiles } from "./helpers/temp.js";

const anthropicKey = `sk-ant-api03-${randomChars("base64url", 93, "html-report")}AA`;
const adminKey = `sk-ant-admin01-${randomChars("base64url", 93, "html-report-admin")}AA`;
const awsExample = exampleText(
  (catalog.find((d) => d.id === "aws-secret-access-key") as Detector).examples[1] as () => string,
);
/** A file name and a line that try to break out of the page, next to a real key. */
const HOSTILE_NAME = "<img src=x onerror=alert(1)>.env";
const HOSTILE_LINE = `KEY="${anthropicKey}" # </script><script>alert(2)</script>`;

const dir = tempDir("html-report");
afterAll(() => removeDir(dir));
writeFiles(dir, {
  "config/.env": `ANTHROPIC_API_KEY=${anthropicKey}\n`,
  "src/settings.py": `\n\nANTHROPIC = "${anthropicKey}"\n`,
  [HOSTILE_NAME]: `${HOSTILE_LINE}\n`,
  "deploy/values.yaml": `anthropic:\n  admin: ${adminKey}\n`,
  "aws/credentials": `${awsExample}\n`,
});
const reportPath = join(dir, "report.html");
const run = runCli(["scan", ".", "--format", "html", "--output", reportPath], { cwd: dir });
const html = readFileSync(reportPath, "utf8");

/** Every value the scan found in clear: secrets and companions. */
async function rawValues(): Promise<string[]> {
  const { findings } = await scan({ paths: [dir], gitignore: false });
  return findings.flatMap((f) => [f.secret, ...(f.companions ?? []).map((c) => c.value)]);
}

describe("HTML report (file)", () => {
  it("is written by scan --format html, with the finding count on stderr", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`keyhound: 5 findings written to ${reportPath}\n`);
    expect(html.startsWith("<!doctype html>")).toBe(true);
  });

  it("holds no secret and no companion value, only redacted forms", async () => {
    const raw = await rawValues();
    expect(raw).toContain(anthropicKey);
    expect(raw).toContain(adminKey);
    expect(raw.length).toBeGreaterThanOrEqual(6);
    for (const value of raw) expect(html.includes(value), `${value.slice(0, 12)}… in the report`).toBe(false);
  });

  it("shows secrets and companion values with --no-redact, under a warning", async () => {
    const clear = runCli(["scan", ".", "--format", "html", "--no-redact"], { cwd: dir }).stdout;
    for (const value of await rawValues()) expect(clear).toContain(value);
    expect(clear).toContain("This report shows secrets in clear");
    expect(html).not.toContain("This report shows secrets in clear");
  });

  it("loads nothing: no external URL, inline style and script pinned by the CSP", () => {
    expect(html).not.toMatch(/(src|href)="(?!https:\/\/)[^"#]/);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/,
    );
    // Only vendor pages for revoking, followed on a click, leave the page.
    for (const [, url] of html.matchAll(/href="(https:[^"]+)"/g)) {
      expect(catalog.some((d) => d.mitigation.revokeUrl === url)).toBe(true);
    }
  });

  it("escapes scanned text: a hostile file name and line stay text", () => {
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;.env");
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it("groups one secret found in several places into one row", () => {
    const groups = [...html.matchAll(/<tbody class="group"[^>]*data-count="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(groups.sort()).toEqual([1, 1, 3]);
  });

  it("says there is nothing to fix when nothing was found", () => {
    const empty = htmlReporter(
      { findings: [], stats: { files: 3, bytes: 10, skipped: 0, durationMs: 5 } },
      {},
    );
    expect(empty).toContain("No secrets found.");
    expect(empty).toContain("3 files scanned");
    expect(empty).not.toContain("<table");
  });

  it("shows commit, history and verification when the finding has them", () => {
    const [base] = scanText(`KEY=${anthropicKey}\n`, { path: "app.env" }) as [Finding];
    const finding: Finding = {
      ...base,
      commit: {
        commit: "3f2a9c01d4e5f60718293a4b5c6d7e8f90a1b2c3",
        author: "Ann <script>",
        email: "ann@example.com",
        date: "2024-05-02T10:11:12+02:00",
        summary: "Add <b>settings</b>",
      },
      history: { inHistoryOnly: true, commits: 3, paths: 2 },
      verification: { status: "live", detail: "HTTP 200" },
    };
    const page = htmlReporter(
      { findings: [finding], stats: { files: 1, bytes: 1, skipped: 0, durationMs: 1 } },
      {},
    );
    expect(page).toContain(
      "Introduced in <code>3f2a9c01d4</code> by Ann &lt;script&gt; &lt;ann@example.com&gt;",
    );
    expect(page).toContain("Add &lt;b&gt;settings&lt;/b&gt;");
    expect(page).toContain("In history only");
    expect(page).toContain('<span class="verify verify-live">live</span> HTTP 200');
    expect(page).toContain("Verified with each vendor (per secret)");
    expect(page).not.toContain(anthropicKey);
  });
});

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);

describe.skipIf(!hasChromium)(
  hasChromium
    ? "HTML report (headless Chromium)"
    : `HTML report (headless Chromium): skipped, ${CHROMIUM} missing`,
  () => {
    let browser: Awaited<ReturnType<typeof chromium.launch>>;
    let page: Page;
    const problems: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
      });
      page = await browser.newPage();
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("dialog", (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(reportPath).href);
    });

    afterAll(() => browser?.close());

    const groups = () => page.locator("#findings tbody.group:visible");
    const column = (name: string) => groups().evaluateAll((els, key) => els.map((e) => e.dataset[key]), name);

    it("renders the summary and one row per secret, most severe first, without errors or requests", async () => {
      expect(await page.locator("#count").textContent()).toBe("3 of 3 secrets");
      expect(await groups().count()).toBe(3);
      expect(await column("detector")).toEqual(["aws-secret-access-key", "anthropic-admin", "anthropic"]);
      expect(await page.locator(".severities").textContent()).toMatch(/critical\s*2\s*high\s*3/);
      expect(await page.getByText("By vendor (2)").isVisible()).toBe(true);
      expect(requests).toEqual([pathToFileURL(reportPath).href]);
      expect(problems).toEqual([]);
    });

    it("sorts by a column on a header click, and reverses on a second click", async () => {
      const header = page.getByRole("button", { name: "Places" });
      await header.click();
      expect(await column("count")).toEqual(["3", "1", "1"]);
      expect(await page.locator('th[data-sort="count"]').getAttribute("aria-sort")).toBe("descending");
      await header.click();
      expect(await column("count")).toEqual(["1", "1", "3"]);
      await page.getByRole("button", { name: "Vendor" }).click();
      expect(await column("vendor")).toEqual(["Amazon Web Services", "Anthropic", "Anthropic"]);
      expect(await page.locator('th[data-sort="count"]').getAttribute("aria-sort")).toBeNull();
      await page.getByRole("button", { name: "Severity" }).click();
      expect(await column("severity")).toEqual(["critical", "critical", "high"]);
    });

    it("filters by severity, detector and vendor, and searches paths", async () => {
      await page.getByLabel("Severity", { exact: true }).selectOption("high");
      expect(await column("detector")).toEqual(["anthropic"]);
      expect(await page.locator("#count").textContent()).toBe("1 of 3 secrets");
      await page.getByLabel("Severity", { exact: true }).selectOption("");
      await page.getByLabel("Detector").selectOption("aws-secret-access-key");
      expect(await column("detector")).toEqual(["aws-secret-access-key"]);
      await page.getByLabel("Detector").selectOption("");
      await page.getByLabel("Vendor").selectOption("Anthropic");
      expect(await groups().count()).toBe(2);
      await page.getByLabel("Search").fill("settings.py");
      expect(await column("detector")).toEqual(["anthropic"]);
      await page.getByLabel("Search").fill("no such thing");
      expect(await groups().count()).toBe(0);
      expect(await page.locator("#empty").isVisible()).toBe(true);
      await page.getByRole("button", { name: "Clear filters" }).click();
      expect(await groups().count()).toBe(3);
    });

    it("opens a row to its places, redacted context and the detector's fix steps", async () => {
      const group = page.locator('tbody.group[data-detector="anthropic"]');
      const detail = group.locator("tr.detail");
      expect(await detail.isVisible()).toBe(false);
      await group.locator("tr.row").click();
      expect(await detail.isVisible()).toBe(true);
      expect(await group.locator(".toggle").getAttribute("aria-expanded")).toBe("true");
      expect(await detail.locator(".places > li").count()).toBe(3);
      const text = (await detail.textContent()) ?? "";
      expect(text).toContain(`KEY="${anthropicKey.slice(0, 16)}…AA" # </script><script>alert(2)</script>`);
      expect(text).toContain(HOSTILE_NAME);
      const steps = mitigationSteps(catalog.find((d) => d.id === "anthropic") as Detector);
      expect(await detail.locator(".steps > li").allTextContents()).toEqual(steps);
      await group.locator(".toggle").click();
      expect(await detail.isVisible()).toBe(false);

      const aws = page.locator('tbody.group[data-detector="aws-secret-access-key"]');
      await aws.locator("tr.row").click();
      expect(await aws.locator("tr.detail").textContent()).toContain("With access key id:");
      expect(problems).toEqual([]);
    });
  },
);
