import { ASSIGN_LOOSE, BASE64_END, vendorName } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

export const detectors: Detector[] = [
  {
    id: "gocanvas-api-key",
    name: "GoCanvas API key",
    vendor: "GoCanvas",
    family: "API Key",
    severity: "high",
    confidence: "medium",
    description:
      "GoCanvas turns paper forms into mobile apps for field teams. API keys are 44 base64 characters ending in =, used with the account user name; they are recognised next to a GoCanvas name.",
    security: [
      "Form submissions collected in the field, often with customer data, photos and signatures, can be read.",
      "Dispatches and reference data can be changed.",
    ],
    mitigation: {
      revoke:
        "An account administrator opens Account > Integrations / API in GoCanvas and regenerates the API key.",
      revokeUrl: "https://help.gocanvas.com/hc/en-us/articles/360029098031",
    },
    keywords: ["gocanvas", "go_canvas"],
    pattern: new RegExp(
      `${vendorName(["gocanvas", "goCanvas", "go_canvas"], ["key", "token", "secret"])}${ASSIGN_LOOSE}(?<secret>[A-Za-z0-9/+]{43}=)${BASE64_END}`,
    ),
    minEntropy: 3.3,
    examples: [
      () => `GOCANVAS_API_KEY=${`${randomChars("base64", 43, "gocanvas-api-key-1")}=`}`,
      () => `{"gocanvasApiKey": "${`${randomChars("base64", 43, "gocanvas-api-key-2")}=`}"}`,
      () => `const gocanvasToken = "${`${randomChars("base64", 43, "gocanvas-api-key-3")}=`}";`,
    ],
    negatives: [
      "GOCANVAS_API_KEY=<your GoCanvas API key>",
      () => `gocanvas_api_key: ${`${randomChars("base64", 39, "gocanvas-api-key-short")}=`}`,
    ],
    references: ["https://help.gocanvas.com/hc/en-us/sections/360006181291-API"],
  },
];
