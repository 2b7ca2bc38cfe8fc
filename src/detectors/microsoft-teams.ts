import { TOKEN_END, UUID } from "../catalog/patterns.js";
import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

const uuid = (label: string) => {
  const hex = randomChars("hexLower", 32, label);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const connectorUrl = (label: string, v2 = true) =>
  `https://contoso.webhook.office.com/webhookb2/${uuid(`${label}-g`)}@${uuid(`${label}-t`)}/IncomingWebhook/${randomChars("hexLower", 32, label)}/${uuid(`${label}-u`)}${v2 ? `/V2${randomChars("base64url", 43, `${label}-v2`)}` : ""}`;
const logicAppUrl = (label: string) =>
  `https://prod-27.westeurope.logic.azure.com:443/workflows/${randomChars("hexLower", 32, label)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${randomChars("base64url", 43, `${label}-sig`)}`;
const powerAutomateUrl = (label: string) =>
  `https://${randomChars("hexLower", 30, `${label}-env`)}.0e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${randomChars("hexLower", 32, label)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${randomChars("base64url", 43, `${label}-sig`)}`;

export const detectors: Detector[] = [
  {
    id: "microsoft-teams-webhook-url",
    name: "Microsoft Teams incoming webhook URL (Office 365 connector)",
    vendor: "Microsoft",
    family: "Webhook",
    severity: "medium",
    description:
      "Microsoft Teams is Microsoft 365's chat and meetings app. An incoming webhook created with an Office 365 connector has a URL on <tenant>.webhook.office.com/webhookb2/... (older ones on outlook.office.com/webhook/) that posts cards into one channel; the URL itself is the credential. The path names the connector type: IncomingWebhook, or JenkinsCI, GitHub, AzureDevOps and others for the dedicated connectors.",
    security: [
      "Anyone with the URL can post messages and cards into the channel, for example phishing links that appear to come from a trusted integration.",
      "Floods through the webhook can bury real alerts in the channel.",
    ],
    mitigation: {
      revoke:
        'In Teams open the channel, select More options (…) > Manage channel > Connectors (or "Connectors" on older clients), find the Incoming Webhook under Configured > Manage and click "Remove"; create a new webhook or, since connectors are being retired, a Workflows webhook.',
      revokeUrl:
        "https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
      audit: "Review the channel for messages posted by the webhook that your systems did not send.",
      bestPractices: [
        "keep webhook URLs in a secret store; they grant posting without any other authentication",
        "move to Workflows (Power Automate) webhooks, which Microsoft recommends as connectors are retired",
      ],
    },
    keywords: ["webhook.office.com", "outlook.office.com/webhook"],
    pattern: new RegExp(
      `(?<secret>https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${UUID}@${UUID}/(?:IncomingWebhook|[A-Za-z][A-Za-z0-9]{1,39})/[0-9a-f]{32}/${UUID}(?:/V2[A-Za-z0-9_-]{20,80})?)${TOKEN_END}`,
    ),
    examples: [
      () => `TEAMS_WEBHOOK_URL=${connectorUrl("teams-1")}`,
      () => `  teams:\n    url: "${connectorUrl("teams-2", false)}"`,
      () => `requests.post("${connectorUrl("teams-3")}", json=card)`,
      () =>
        `office365ConnectorSend message: 'Build done', webhookUrl: '${connectorUrl("teams-4", false).replace("/IncomingWebhook/", "/JenkinsCI/")}'`,
    ],
    negatives: [
      "TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<user-id>",
      () => `https://contoso.webhook.office.com/webhookb2/${uuid("teams-bad")}/IncomingWebhook/`,
    ],
    references: [
      "https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
    ],
  },
  {
    id: "microsoft-workflow-trigger-url",
    name: "Power Automate / Logic Apps workflow trigger URL (Teams Workflows webhook)",
    vendor: "Microsoft",
    family: "Webhook",
    severity: "medium",
    description:
      "Teams Workflows (Power Automate) and Azure Logic Apps start a flow when an HTTP request reaches its trigger URL on *.logic.azure.com or *.environment.api.powerplatform.com; the sig= parameter is a shared access signature, so the URL itself is the credential. Teams uses these URLs as the replacement for connector webhooks.",
    security: [
      "Anyone with the URL can run the flow with their own payload: post messages into Teams channels or trigger whatever actions the flow performs.",
      "Flows that act on the payload (create records, send e-mail, call other APIs) can be abused with crafted input.",
    ],
    mitigation: {
      revoke:
        'For a Logic App: in the Azure portal open the logic app > Settings > Access keys and click "Regenerate" for the key used to sign trigger URLs, which invalidates them. For a Teams/Power Automate workflow: open the flow in Power Automate (or the Workflows app in Teams), delete the "When a Teams webhook request is received" trigger or the whole flow and recreate it to get a new URL.',
      revokeUrl: "https://learn.microsoft.com/azure/logic-apps/logic-apps-securing-a-logic-app",
      audit:
        "Review the flow's run history (Power Automate > My flows > the flow > Run history, or the logic app's Runs history) for runs your systems did not start.",
      bestPractices: [
        "keep trigger URLs in a secret store and out of client-side code",
        "restrict callers with IP restrictions or Microsoft Entra ID authorization on the trigger where supported",
      ],
    },
    keywords: ["logic.azure.com", "environment.api.powerplatform.com"],
    pattern:
      /(?<secret>https:\/\/[a-z0-9.-]{3,120}\.(?:logic\.azure\.com|environment\.api\.powerplatform\.com)(?::443)?\/[A-Za-z0-9/_.-]{0,80}workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_.-]{1,80}\/paths\/invoke\??[A-Za-z0-9%&=._~-]{0,300}?[?&]sig=[A-Za-z0-9_%-]{40,100})(?![A-Za-z0-9_%-])/,
    examples: [
      () => `TEAMS_WORKFLOW_URL="${logicAppUrl("flow-1")}"`,
      () => `webhook_url: ${powerAutomateUrl("flow-2")}`,
      () => `Invoke-RestMethod -Method Post -Uri '${logicAppUrl("flow-3")}' -Body $json`,
    ],
    negatives: [
      "https://prod-00.westus.logic.azure.com:443/workflows/<workflow-id>/triggers/manual/paths/invoke?api-version=2016-06-01&sig=<signature>",
      // Without a signature the URL needs other authorization.
      () => logicAppUrl("flow-nosig").replace(/&sig=.*$/, ""),
    ],
    references: [
      "https://learn.microsoft.com/azure/logic-apps/logic-apps-securing-a-logic-app#generate-shared-access-signatures-sas",
    ],
  },
];
