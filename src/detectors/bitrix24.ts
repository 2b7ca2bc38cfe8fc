import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const webhook = (label: string, portal = "b24-k3x9qa", user = "1") =>
  `https://${portal}.bitrix24.ru/rest/${user}/${randomChars("lowerAlnum", 16, label)}/`;

export const detectors: Detector[] = [
  {
    id: "bitrix24-inbound-webhook",
    name: "Bitrix24 inbound webhook URL",
    vendor: "Bitrix24",
    family: "Webhook",
    severity: "high",
    confidence: "high",
    description:
      "Bitrix24 is a CRM, project and communication suite, popular in Russia, Central Asia and Latin America. An inbound webhook (https://<portal>.bitrix24.<zone>/rest/<user id>/<16-character code>/) calls the portal's REST API as the user who created it, with the scopes chosen for it (CRM, tasks, users, telephony...); the code in the URL is the whole credential.",
    security: [
      "Anyone with the URL can read and change what its scopes allow: CRM leads, deals, contacts and their personal data, tasks, users.",
      "A webhook made by an administrator with broad scopes can export the whole CRM or create users.",
    ],
    mitigation: {
      revoke:
        "In the portal open Applications > Developer resources (Приложения > Разработчикам; Applications > Webhooks on older portals), open the inbound webhook and delete it, or regenerate its code; create a new one with only the scopes the integration needs and update the integration.",
      revokeUrl: "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html",
      audit:
        "Review the portal's event log and the CRM's change history for records read, changed, exported or deleted through the REST API during the exposure window.",
      bestPractices: [
        "give each integration its own webhook with only the scopes it needs, created by a user with only the rights it needs",
        "keep the webhook URL in the environment or a secret store; never in front-end code, where every visitor can read it",
      ],
    },
    keywords: ["bitrix24"],
    pattern:
      /https?:\/\/[A-Za-z0-9.-]{1,100}\.bitrix24\.[a-z]{2,6}\/rest\/\d{1,8}\/(?<secret>[a-z0-9]{16})(?![A-Za-z0-9_-])/,
    examples: [
      () => `WEBHOOK_URL_DEALS = "${webhook("bitrix-1")}"`,
      () => `baseQuery: fetchBaseQuery({ baseUrl: '${webhook("bitrix-2", "aso-crm", "27")}' }),`,
      () => `$url = '${webhook("bitrix-3", "shop-team")}crm.lead.add.json';`,
    ],
    negatives: [
      'webhook = "https://your_domain.bitrix24.ru/rest/1/your_code/"',
      "BITRIX24_WEBHOOK=https://b24-xxxxxxx.bitrix24.ru/rest/1/xxxxxxxxxxxxxxxx/",
      'AIRFLOW_CONN_BITRIX24_API="https://your-domain.bitrix24.ru/rest/1/token/"',
    ],
    references: ["https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html"],
  },
];
