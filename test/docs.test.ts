import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { randomChars } from "../src/catalog/synth.js";
import type { Detector } from "../src/catalog/types.js";
import { escapeHtml } from "../src/docs/html.js";
import { detectorPage, exampleText } from "../src/docs/page.js";
import { writeDocsSite } from "../src/docs/site.js";
import { UsageError } from "../src/errors.js";
import { redact } from "../src/findings/redact.js";
import { scan } from "../src/scan/directory.js";
import { scanText } from "../src/scan/text.js";
import { removeDir, tempDir, tempTree } from "./helpers/temp.js";

const SEED_HEADINGS = ["Description", "Security", "Examples", "Mitigation / Fix"];
const site = tempDir("docs");
afterAll(() => removeDir(site));
let pages = 0;

beforeAll(async () => {
  ({ pages } = await writeDocsSite(site));
});

const read = (path: string) => readFileSync(join(site, path), "utf8");
const tagTexts = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1] ?? "");

describe("docs site (files)", () => {
  it("writes an index, a vendors page and one page per detector", () => {
    expect(pages).toBe(catalog.length + 2);
    expect(existsSync(join(site, "index.html"))).toBe(true);
    expect(existsSync(join(site, "vendors.html"))).toBe(true);
    expect(readdirSync(join(site, "detectors")).sort()).toEqual(catalog.map((d) => `${d.id}.html`).sort());
  });

  it("gives every detector page the seed page's layout, in order", () => {
    for (const detector of catalog) {
      const html = read(`detectors/${detector.id}.html`);
      const page = detectorPage(detector);
      expect(tagTexts(html, "h1")).toEqual([escapeHtml(detector.name)]);
      const expected = [...SEED_HEADINGS, ...(page.references.length > 0 ? ["References"] : [])];
      expect(tagTexts(html, "h2"), detector.id).toEqual(expected);
      expect(tagTexts(html, "dt").slice(0, 4)).toEqual(["ID", "Severity", "Vendor", "Family"]);
      expect(tagTexts(html, "ol")).toHaveLength(1);
      expect(html.match(/<ol>([\s\S]*?)<\/ol>/)?.[1]?.match(/<li>/g)).toHaveLength(page.mitigation.length);
    }
  });

  it("lists every detector in the index with its severity badge", () => {
    const index = read("index.html");
    for (const d of catalog) {
      expect(index).toContain(`<tr data-id="${d.id}">`);
      expect(index).toContain(`href="detectors/${d.id}.html"`);
    }
    expect(index).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("never writes an example's secret, only its redacted form", () => {
    const everything = [
      read("index.html"),
      read("vendors.html"),
      ...catalog.map((d) => read(`detectors/${d.id}.html`)),
    ].join("\n");
    const found = catalog.flatMap((d) => d.examples.flatMap((source) => scanText(exampleText(source))));
    expect(found.length).toBeGreaterThanOrEqual(catalog.length);
    for (const finding of found) {
      expect(everything.includes(finding.secret), `${finding.detectorId} secret in the site`).toBe(false);
    }
  });

  it("holds nothing the scanner reports: companions in examples are redacted too", async () => {
    const { findings } = await scan({ paths: [site], gitignore: false });
    expect(findings.map((f) => `${f.path}:${f.line} ${f.detectorId}`)).toEqual([]);
  });

  it("masks an example its detector does not find instead of showing it raw", () => {
    const token = randomChars("base64url", 40, "docs-missed-example");
    const page = detectorPage({ ...(catalog[0] as Detector), examples: [`SERVICE_TOKEN=${token}`] });
    expect(page.example).not.toContain(token);
    expect(page.example).toBe(`SERVICE_TOKEN=${redact(token)}`);
  });

  it("masks an example its detector finds only decoded (percent-encoded)", () => {
    const slack = catalog.find((d) => d.id === "slack-session-cookie") as Detector;
    const cookie = `xoxd-${randomChars("alnum", 50, "docs-decoded-a")}%2F${randomChars("alnum", 40, "docs-decoded-b")}%3D%3D`;
    const page = detectorPage({ ...slack, examples: [`d\t${cookie}`] });
    expect(page.example).not.toContain(randomChars("alnum", 50, "docs-decoded-a"));
  });

  it("escapes catalog text and links only web URLs", async () => {
    const base = catalog[0] as Detector;
    const hostile: Detector = {
      ...base,
      id: "hostile-entry",
      name: `Evil <script>alert(1)</script> "key"`,
      vendor: `Vendor </script><img src=x onerror=alert(1)>`,
      description: "Breaks out </script><script>alert(2)</script>",
      references: ["javascript:alert(3)", "https://example.com/?a=1&b=<2>"],
    };
    const dir = tempTree();
    await writeDocsSite(dir, [hostile]);
    const page = readFileSync(join(dir, "detectors/hostile-entry.html"), "utf8");
    const index = readFileSync(join(dir, "index.html"), "utf8");
    for (const html of [page, index]) {
      expect(html).not.toContain("<script>alert");
      expect(html).not.toContain("<img");
      expect(html).not.toContain('href="javascript:');
    }
    expect(page).toContain("Evil &lt;script&gt;alert(1)&lt;/script&gt; &quot;key&quot;");
    expect(page).toContain('<a href="https://example.com/?a=1&amp;b=&lt;2&gt;">');
    // One closing tag per real script element: the embedded JSON cannot end its own.
    expect(index.match(/<\/script>/g)).toHaveLength(2);
  });

  it("refuses an output path that is a file, and ids that are not file names", async () => {
    const file = join(tempTree(), "taken");
    writeFileSync(file, "");
    await expect(writeDocsSite(file)).rejects.toThrow(UsageError);
    await expect(writeDocsSite(join(file, "sub"))).rejects.toThrow(/cannot write to/);
    const bad = { ...(catalog[0] as Detector), id: "../escape" };
    await expect(writeDocsSite(tempTree(), [bad])).rejects.toThrow(/cannot be used as a page name/);
  });
});

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);

describe.skipIf(!hasChromium)(
  hasChromium
    ? "docs site (headless Chromium)"
    : `docs site (headless Chromium): skipped, ${CHROMIUM} missing`,
  () => {
    let server: Server;
    let origin = "";
    const requests: string[] = [];

    beforeAll(async () => {
      server = createServer((req, res) => {
        const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
        const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
        if (!file.startsWith(site) || !existsSync(file)) {
          res.writeHead(404).end();
          return;
        }
        const type = extname(file) === ".html" ? "text/html; charset=utf-8" : "application/octet-stream";
        res.writeHead(200, { "content-type": type }).end(readFileSync(file));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("searches, filters by severity and vendor, and links to detector pages", async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
        ],
      });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("request", (request) => requests.push(request.url()));
        await page.goto(`${origin}/index.html`);

        const visible = page.locator("#detectors tbody tr:visible");
        const count = page.locator("#count");
        await expect.poll(() => count.textContent()).toBe(`${catalog.length} of ${catalog.length} detectors`);
        expect(await visible.count()).toBe(catalog.length);

        const target = catalog.find((d) => d.id === "anthropic-admin") as Detector;
        await page.getByLabel("Search").pressSequentially(target.id);
        const matching = catalog.filter((d) =>
          [d.id, d.name, d.vendor, d.family, d.description].join(" ").toLowerCase().includes(target.id),
        );
        await expect.poll(() => visible.count()).toBe(matching.length);
        expect(matching.length).toBeLessThan(catalog.length);
        expect(await count.textContent()).toBe(`${matching.length} of ${catalog.length} detectors`);
        expect(await page.locator(`tr[data-id="${target.id}"]`).isVisible()).toBe(true);

        await page.getByLabel("Search").fill("");
        await page.getByLabel("Severity").selectOption("critical");
        const critical = catalog.filter((d) => d.severity === "critical");
        await expect.poll(() => visible.count()).toBe(critical.length);
        const badges = await page.locator("#detectors tbody tr:visible .sev").allTextContents();
        expect(new Set(badges)).toEqual(new Set(["critical"]));

        await page.getByRole("link", { name: target.id, exact: true }).click();
        await page.waitForURL(`**/detectors/${target.id}.html`);
        expect(await page.locator("h1").textContent()).toBe(target.name);
        expect(await page.locator("h2").allTextContents()).toEqual([...SEED_HEADINGS, "References"]);

        // The vendor on a detector page opens the index filtered to that vendor.
        await page.getByRole("link", { name: target.vendor, exact: true }).click();
        const sameVendor = catalog.filter((d) => d.vendor === target.vendor);
        await expect
          .poll(() => count.textContent())
          .toBe(`${sameVendor.length} of ${catalog.length} detectors`);
        expect(await page.getByLabel("Vendor").inputValue()).toBe(target.vendor);

        expect(errors).toEqual([]);
        expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  },
);
