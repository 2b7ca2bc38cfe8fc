import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** 8-4-4-12-4-4 lower-case hex: a UUID's first three groups, twelve digits, then two groups of four. */
const key = (label: string) => {
  const h = randomChars("hexLower", 36, label);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 28)}-${h.slice(28, 32)}-${h.slice(32, 36)}`;
};

export const detectors: Detector[] = [
  {
    id: "bunny-access-key",
    name: "bunny.net access key (storage zone password or API key)",
    vendor: "bunny.net",
    family: "Access Key",
    severity: "high",
    description:
      "bunny.net (BunnyCDN) is a CDN with object storage (Storage Zones), video streaming and edge scripting. Its storage zone passwords, sent as the AccessKey header to storage.bunnycdn.com, and its API keys share a shape of their own: groups of 8, 4, 4, 12, 4 and 4 lower-case hex digits. Reported where bunny.net is named near the key (a name, a b-cdn.net or storage.bunnycdn.com host).",
    security: [
      "A storage zone password reads, overwrites and deletes every file in the zone, including what its pull zone serves to visitors.",
      "An account API key manages pull zones, storage zones, DNS and billing: it can redirect the CDN to another origin or read every zone's password.",
    ],
    mitigation: {
      revoke:
        "In the bunny.net dashboard open the storage zone > FTP & API Access and reset the password (or Account > API for the account key), then update the applications that use it.",
      revokeUrl: "https://dash.bunny.net/storage",
      audit:
        "Review the storage zone's file list and the account's audit log for uploads, deletions and configuration changes during the exposure window.",
      bestPractices: [
        "keep storage passwords on the server side: browsers and apps should upload through a signed URL or the app's own API",
        "use a read-only password where only downloads are needed",
      ],
    },
    keywords: ["bunny", "b-cdn.net"],
    window: { before: 1024, after: 1024, multiline: true },
    pattern:
      /(?<![0-9a-f-])(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4})(?![0-9a-f-])/,
    examples: [
      () => `BUNNY_STORAGE_PASSWORD=${key("bunny-1")}`,
      () =>
        `class BunnyImageUploader {\n  static const String storageZone = 'app-media';\n  static const String apiKey = '${key("bunny-2")}';`,
      () =>
        `curl -X PUT -H "AccessKey: ${key("bunny-3")}" --data-binary @a.png https://storage.bunnycdn.com/app-media/a.png`,
    ],
    negatives: [
      "BUNNY_STORAGE_PASSWORD=your-storage-zone-password",
      () =>
        `# bunny\nrequest_id = "${key("bunny-uuid")
          .slice(0, 36)
          .replace(/-[0-9a-f]{4}$/, "")}"`,
      () => `BUNNY_PULL_ZONE_ID=${randomChars("digits", 7, "bunny-zone")}`,
    ],
    references: ["https://docs.bunny.net/reference/storage-api"],
  },
];
