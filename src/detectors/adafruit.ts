import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** An Adafruit IO key as issued today: `aio_` + 28 letters and digits. */
const ioKey = (label: string) => `aio_${randomChars("alnum", 28, label)}`;

export const detectors: Detector[] = [
  {
    id: "adafruit-io-key",
    name: "Adafruit IO key",
    vendor: "Adafruit",
    family: "API Key",
    severity: "medium",
    description:
      "Adafruit IO is Adafruit's cloud service for Internet of Things projects: devices publish sensor data to feeds, dashboards display them and triggers act on them. Each account has a single Adafruit IO key (aio_ followed by 28 letters and digits), sent in the X-AIO-Key header, the x-aio-key query parameter or as the MQTT password, and usually hard-coded next to the username in Arduino and CircuitPython sketches (IO_KEY, ADAFRUIT_IO_KEY).",
    security: [
      "The key reads every feed of the account, which may reveal sensor data from homes and workplaces (presence, temperature, door and camera events).",
      "Data can be written to feeds, so an attacker can drive the actuators and triggers that listen to them (relays, locks, lights).",
      "Feeds, dashboards and triggers can be deleted or changed, and the account's rate limits exhausted.",
    ],
    mitigation: {
      revoke:
        'Sign in to io.adafruit.com, click the key icon (or "View Adafruit IO Key" in the menu) and choose "Regenerate Key": the old key stops working at once, so update every device sketch and secrets.h / settings.toml that used it.',
      revokeUrl: "https://io.adafruit.com/",
      audit:
        "Review the feeds' recent data points and the account's activity (Monitor page) for values or actions that your devices did not produce, and check dashboards and triggers for changes.",
      bestPractices: [
        "keep IO_USERNAME and IO_KEY in a separate secrets.h or settings.toml that is listed in .gitignore",
        "regenerate the key whenever a device is given away or its firmware is published",
        "give shared or public dashboards read-only access instead of sharing the key",
      ],
    },
    // Keys made before the aio_ prefix are 32 hexadecimal characters, named in the Adafruit IO
    // libraries' examples ADAFRUIT_IO_KEY or AIO_KEY.
    keywords: ["aio_", "adafruit_io_key"],
    window: { before: 8, after: 64 },
    pattern:
      /(?:(?<![A-Za-z0-9_-])(?=aio_[A-Za-z0-9]{28})|(?:ADAFRUIT_IO_KEY|AIO_KEY|adafruit_io_key|aio_key)["']?[ \t]{0,12}(?:=|:|[ \t])[ \t]{0,4}["']?(?=[0-9a-f]{32}(?![A-Za-z0-9_-])))(?<secret>aio_[A-Za-z0-9]{28}|[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    // Reads the account the key belongs to (GET /user): no side effect, and it does not count
    // against the data rate limit, which meters feed data points.
    verify: {
      method: "GET",
      url: "https://io.adafruit.com/api/v2/user",
      headers: { "X-AIO-Key": "{secret}" },
      live: [200],
      dead: [401],
      liveRequires: { field: "username" },
    },
    examples: [
      () => `#define IO_USERNAME  "greenhouse"\n#define IO_KEY       "${ioKey("aio-1")}"`,
      () => `ADAFRUIT_IO_KEY = "${ioKey("aio-2")}"`,
      () => `curl -H "X-AIO-Key: ${ioKey("aio-3")}" https://io.adafruit.com/api/v2/greenhouse/feeds`,
      () => `{"aio_username": "greenhouse", "aio_key": "${ioKey("aio-4")}"}`,
      // A key from before the prefix, in a Raspberry Pi script.
      () =>
        `ADAFRUIT_IO_USERNAME = 'greenhouse'\nADAFRUIT_IO_KEY = '${randomChars("hexLower", 32, "aio-legacy")}'`,
    ],
    negatives: [
      '#define IO_KEY       "your_key"',
      "ADAFRUIT_IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      // 27 characters: one short.
      () => `ADAFRUIT_IO_KEY=aio_${randomChars("alnum", 27, "aio-short")}`,
      // An identifier that merely starts with aio_.
      "aio_username = 'greenhouse'",
      // 32 hexadecimal characters under another name.
      () => `FEED_KEY = '${randomChars("hexLower", 32, "aio-other")}'`,
    ],
    references: [
      "https://io.adafruit.com/api/docs/#authentication",
      "https://io.adafruit.com/api/docs/#get-user-info",
    ],
  },
];
