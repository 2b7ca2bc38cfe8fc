import { ASSIGN_LOOSE, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "imagekit-private-key",
    name: "ImageKit private API key",
    vendor: "ImageKit",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "ImageKit is an image and video CDN with a media library. The private API key (private_ and 28 base64 characters) signs uploads and authenticates the management API as the HTTP Basic user name; only the public key belongs in browsers.",
    security: [
      "Every file in the media library can be listed, downloaded, replaced or deleted.",
      "Signed upload tokens can be minted to upload arbitrary content to the account's CDN.",
    ],
    mitigation: {
      revoke:
        "In the ImageKit dashboard open Developer options, regenerate the private key (the old one stops working) and update the servers that sign with it.",
      revokeUrl: "https://imagekit.io/dashboard/developer/api-keys",
    },
    keywords: ["private_"],
    // Most `private_` hits are identifiers: only the key's 27 characters and `=` open a window.
    keywordGate: /[A-Za-z0-9+/]{27}=/,
    pattern: new RegExp(
      String.raw`(?:${vendorName(["imagekit", "imageKit", "image_kit"], ["key", "secret"])}${ASSIGN_LOOSE}|privateKey["']?\s{0,3}:\s{0,3}["'])(?<secret>private_[A-Za-z0-9+/]{27}=)`,
    ),
    minEntropy: 3.3,
    // Lists one file of the media library: a read that changes nothing and is not billed.
    verify: {
      method: "GET",
      url: "https://api.imagekit.io/v1/files?limit=1",
      basicAuth: { user: "{secret}", password: "" },
      live: [200],
      dead: [401],
    },
    examples: [
      () => `IMAGEKIT_PRIVATE_KEY=private_${randomChars("base64", 27, "imagekit-1")}=`,
      () =>
        `new ImageKit({ publicKey, privateKey: "private_${randomChars("base64", 27, "imagekit-2")}=", urlEndpoint }); // imagekit`,
    ],
    negatives: [
      "IMAGEKIT_PUBLIC_KEY=public_abcdefghijklmnopqrstuvwxyz0=",
      () => `IMAGEKIT_PRIVATE_KEY=private_${randomChars("base64", 20, "imagekit-short")}=`,
    ],
    references: ["https://docs.imagekit.io/api-reference/api-introduction/api-keys"],
  },
];
