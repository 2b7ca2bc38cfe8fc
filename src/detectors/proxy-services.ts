import { chosenPassword } from "../catalog/language.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector, Validator } from "../catalog/types.js";

/*
 * Credentials of commercial proxy networks (residential, mobile, datacenter IPs rented by the
 * gigabyte): scrapers and bots carry them in proxy URLs, `curl -x host -U user:password`, or a
 * username and a password beside the provider's host. A URL with a scheme is reported by the
 * URI rules too; these detectors name the provider, and find the forms without a scheme.
 */

/** A password followed by an HTML entity (`PASSWORD&quot;`) is a page's sample, cut wrong. */
const proxyPassword: Validator = (secret, context) =>
  /&(?:quot|amp|lt|gt|#\d{1,4});/.test(secret) ? "an HTML entity inside" : chosenPassword(secret, context);

/** A proxy password as the providers generate or users set them: no spaces, quotes or separators. */
const PROXY_PASSWORD = String.raw`[A-Za-z0-9~!#$%^&*()_+=.,;?\[\]{}-]{6,64}`;

const proxyPractices = [
  "read proxy credentials from the environment or a secret manager, not from the scraper's code",
  "give each project its own proxy user or zone, with a traffic limit, so that one can be rotated alone",
];

const zone = (label: string) =>
  `brd-customer-hl_${randomChars("hexLower", 8, `${label}-c`)}-zone-${randomChars("lower", 6, `${label}-z`)}`;
const zonePassword = (label: string) => randomChars("lowerAlnum", 12, label);

export const detectors: Detector[] = [
  {
    id: "brightdata-proxy-credentials",
    name: "Bright Data proxy zone credentials",
    vendor: "Bright Data",
    family: "Proxy Credentials",
    severity: "high",
    description:
      "Bright Data (formerly Luminati) rents residential, mobile, ISP and datacenter proxies through its super proxy, brd.superproxy.io. Each proxy zone has a username, brd-customer-<customer id>-zone-<zone name> (with optional targeting parameters after it), and a zone password; both together let anyone send traffic through the zone.",
    security: [
      "Traffic sent through the zone is billed to the owner by the gigabyte or request, up to the zone's limits.",
      "Abuse sent through the zone (scraping, fraud, attacks) is attributed to the owner's account, which Bright Data may suspend.",
    ],
    mitigation: {
      revoke:
        "In the Bright Data control panel open Proxies & Scraping, select the zone, and on its Overview (access parameters) tab change the zone password; update the applications that use the zone.",
      revokeUrl: "https://docs.brightdata.com/proxy-networks/config-options",
      audit:
        "Review the zone's statistics and the account's billing for traffic you did not send during the exposure window.",
      bestPractices: [
        ...proxyPractices,
        "restrict the zone to allowed source IPs in its settings where the product offers it",
      ],
    },
    keywords: ["brd-customer-"],
    window: { before: 64, after: 400, multiline: true },
    // `brd-customer-…-zone-…:password` (a proxy URL's user part, curl's --proxy-user), or the
    // username assigned first and the password within a few lines after it.
    pattern: new RegExp(
      String.raw`brd-customer-[A-Za-z0-9_]{1,40}-zone-[A-Za-z0-9_-]{1,120}?(?::|["'\x60][\s\S]{0,300}?(?<![A-Za-z0-9])(?:pass(?:word)?|pwd|PASS(?:WORD)?|Password)["']?[ \t]{0,3}[:=][ \t]{0,3}["'\x60])(?<secret>${PROXY_PASSWORD})(?=@|["'\x60\s]|$)`,
    ),
    validate: proxyPassword,
    examples: [
      () => `proxy_pool="${zone("bd1")}:${zonePassword("bd1p")}@brd.superproxy.io:33335",`,
      () =>
        `curl "https://example.com" --proxy brd.superproxy.io:33335 --proxy-user ${zone("bd2")}:${zonePassword("bd2p")}`,
      () =>
        `username = '${zone("bd3")}'\npassword = '${zonePassword("bd3p")}'\nproxy_url = f'http://{username}:{password}@brd.superproxy.io:33335'`,
    ],
    negatives: [
      "curl https://geo.brdtest.com/welcome.txt --proxy brd.superproxy.io:33335 --proxy-user brd-customer-<customer_id>-zone-<zone_name>:<zone_password>",
      "proxy = 'http://brd-customer-CUSTOMER_ID-zone-ZONE:ZONE_PASSWORD@brd.superproxy.io:33335'",
      () => `username = '${zone("bd4")}'\npassword = os.environ['BRD_PASSWORD']`,
    ],
    references: [
      "https://docs.brightdata.com/api-reference/unlocker/sending_first_request",
      "https://docs.brightdata.com/proxy-networks/config-options",
    ],
  },
  {
    id: "oxylabs-proxy-credentials",
    name: "Oxylabs proxy user credentials",
    vendor: "Oxylabs",
    family: "Proxy Credentials",
    severity: "high",
    description:
      "Oxylabs rents residential, mobile, datacenter and ISP proxies through entry points such as pr.oxylabs.io (residential). A proxy user's username is written with a prefix (customer- for residential proxies, with targeting parameters such as -cc-FR after it) and its password after a colon, in curl's -U option or a proxy URL. Found beside an Oxylabs host.",
    security: [
      "Traffic sent through the proxies is billed to the owner's plan by the gigabyte.",
      "Abuse sent through them is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "In the Oxylabs dashboard open the product's proxy users, change the leaked user's password (or delete the user and create a new one), and update the applications that use it.",
      revokeUrl: "https://dashboard.oxylabs.io/",
      audit: "Review the product's usage statistics in the dashboard for traffic during the exposure window.",
      bestPractices: proxyPractices,
    },
    keywords: ["oxylabs"],
    window: { before: 300, after: 300, multiline: true },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])customer-[A-Za-z0-9_]{2,64}(?:-[A-Za-z]{2,10}-[A-Za-z0-9_]{1,40}){0,6}:(?<secret>${PROXY_PASSWORD})(?=@|["'\x60\s]|$)`,
    ),
    validate: proxyPassword,
    examples: [
      () =>
        `curl -x pr.oxylabs.io:10001 -U "customer-${randomChars("lower", 8, "ox1u")}-cc-FR:${randomChars("alnum", 14, "ox1p")}" https://ip.oxylabs.io/location`,
      () =>
        `PROXY = "http://customer-${randomChars("lower", 10, "ox2u")}:${randomChars("alnum", 16, "ox2p")}@pr.oxylabs.io:10001"`,
    ],
    negatives: [
      'curl -x pr.oxylabs.io:7777 -U "customer-USERNAME:PASSWORD" https://ip.oxylabs.io/location',
      () =>
        `"customer-${randomChars("lower", 8, "ox3u")}:${randomChars("alnum", 14, "ox3p")}" # another provider's`,
    ],
    references: [
      "https://developers.oxylabs.io/get-started/quick-start-proxies",
      "https://developers.oxylabs.io/products/proxies/residential-proxies/getting-started",
    ],
  },
  {
    id: "decodo-proxy-credentials",
    name: "Decodo (Smartproxy) proxy user credentials",
    vendor: "Decodo",
    family: "Proxy Credentials",
    severity: "high",
    description:
      "Decodo, called Smartproxy until 2025, rents residential, mobile, datacenter and ISP proxies through gate.decodo.com:7000 and country endpoints (us.decodo.com, formerly gate.smartproxy.com and fr.smartproxy.com). A proxy user's name and password are written as user:password before the endpoint, with or without a scheme.",
    security: [
      "Traffic sent through the proxies is billed to the owner's plan by the gigabyte.",
      "Abuse sent through them is attributed to the owner's account.",
    ],
    mitigation: {
      revoke:
        "In the Decodo dashboard open the product's Proxy setup page, Authentication section, and generate a new password for the leaked proxy user (or delete the user); update the applications that use it.",
      revokeUrl: "https://help.decodo.com/docs/mobile-proxy-quick-start",
      audit: "Check the proxy user's used traffic in the dashboard for traffic during the exposure window.",
      bestPractices: [...proxyPractices, "set a traffic limit per proxy user"],
    },
    keywords: ["decodo.com", "smartproxy.com"],
    window: { before: 300, after: 64 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_.+-])[A-Za-z0-9_.+-]{3,120}:(?<secret>${PROXY_PASSWORD})@(?:[a-z0-9-]{1,30}\.)?(?:decodo|smartproxy)\.com(?![A-Za-z0-9-])`,
    ),
    validate: proxyPassword,
    examples: [
      () =>
        `# proxy_pool="sp${randomChars("hexLower", 8, "dc1u")}:${randomChars("alnum", 18, "dc1p")}@fr.smartproxy.com:40001"`,
      () =>
        `PROXY_URL = "http://user-${randomChars("lower", 8, "dc2u")}-country-us:${randomChars("alnum", 16, "dc2p")}@gate.decodo.com:7000"`,
    ],
    negatives: [
      'curl -x "http://username:password@gate.decodo.com:7000" "https://ip.decodo.com/json"',
      () =>
        `PROXY = "http://${randomChars("lower", 8, "dc3u")}:${randomChars("alnum", 16, "dc3p")}@proxy.example.net:7000"`,
    ],
    references: [
      "https://help.decodo.com/docs/mobile-proxy-quick-start",
      "https://help.decodo.com/docs/mobile-proxy-protocols",
    ],
  },
];
