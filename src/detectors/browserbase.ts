import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const key = (label: string) => `bb_live_${randomChars("base64url", 27, label)}`;

export const detectors: Detector[] = [
  {
    id: "browserbase-api-key",
    name: "Browserbase API key",
    vendor: "Browserbase",
    family: "API Key",
    severity: "high",
    description:
      "Browserbase runs headless browsers in the cloud for AI agents and automation (Stagehand, Playwright, Puppeteer, Selenium), with stealth mode, proxies and CAPTCHA solving. Its API keys, read from BROWSERBASE_API_KEY and also passed in the connect URL's apiKey parameter, are bb_live_ followed by 27 URL-safe base64 characters.",
    security: [
      "Browser sessions started with the key run on the owner's plan, spending its browser hours and proxy bandwidth.",
      "Recordings, logs, downloads and saved contexts (cookies and logins) of the project's sessions can be read.",
      "Scraping or abuse carried out through the key's sessions is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "In the Browserbase dashboard open Settings, delete or rotate the leaked API key and copy the new one; update BROWSERBASE_API_KEY (and any wss://connect.browserbase.com?apiKey=… URL) wherever it is deployed.",
      revokeUrl: "https://browserbase.com",
      audit:
        "Review the dashboard's session list and usage for sessions you did not start during the exposure window.",
      bestPractices: [
        "create sessions from a server and hand clients only the session's connect URL",
        "keep the key out of connect URLs that end up in logs",
      ],
    },
    keywords: ["bb_live_"],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>bb_live_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/,
    // The projects the key can see, as a JSON array: every key belongs to at least one.
    verify: {
      method: "GET",
      url: "https://api.browserbase.com/v1/projects",
      headers: { "X-BB-API-Key": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "0.id" },
    },
    examples: [
      () => `BROWSERBASE_API_KEY=${key("browserbase-1")}`,
      () =>
        `const browser = await chromium.connectOverCDP(\`wss://connect.browserbase.com?apiKey=${key("browserbase-2")}\`);`,
      () => `bb = Browserbase(api_key="${key("browserbase-3")}")`,
      () => `env:\n  BROWSERBASE_API_KEY: "${key("browserbase-4")}"`,
    ],
    negatives: [
      "BROWSERBASE_API_KEY=bb_live_your_api_key_here",
      "BROWSERBASE_API_KEY=bb_live_...",
      () => `BROWSERBASE_API_KEY=bb_live_${randomChars("base64url", 20, "browserbase-short")}`,
    ],
    references: [
      "https://docs.browserbase.com/integrations/crew-ai/python",
      "https://docs.browserbase.com/reference/api/list-projects.md",
      "https://raw.githubusercontent.com/browserbase/sdk-node/HEAD/README.md",
    ],
  },
];
