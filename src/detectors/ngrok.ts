import { randomChars } from "../catalog/synth.js";
import type { Detector } from "../catalog/types.js";

/** Authtokens and API keys: an id (starting with a digit) + "_" + a secret part. */
const credential = (label: string) =>
  `2${randomChars("alnum", 26, `${label}-id`)}_${randomChars("alnum", 21, label)}`;

export const detectors: Detector[] = [
  {
    id: "ngrok-credential",
    name: "ngrok authtoken or API key",
    vendor: "ngrok",
    family: "Access Token",
    severity: "high",
    confidence: "medium",
    description:
      "ngrok exposes local services through public tunnels and provides an ingress API. The agent authenticates with an authtoken (in ngrok.yml or NGROK_AUTHTOKEN) and automation uses API keys; both look like an identifier, an underscore and a secret, and are found next to an ngrok name.",
    security: [
      "An attacker can start tunnels on the account, including on its reserved domains, to serve phishing pages or malware under your name.",
      "With an API key, endpoints, domains, IP policies and credentials of the account can be listed and changed.",
      "Usage counts against the account's plan limits.",
    ],
    mitigation: {
      revoke:
        "Sign in to the ngrok dashboard. Authtoken: open Authtokens (Getting Started > Your Authtoken for the default one) and delete or reset the credential. API key: open API Keys and delete it. Update ngrok.yml (`ngrok config add-authtoken <new>`) where the agent runs.",
      revokeUrl: "https://dashboard.ngrok.com/authtokens",
      audit:
        "Review the dashboard's Agents and Endpoints pages and, on paid plans, the event/traffic logs for tunnels you did not start during the exposure window.",
      bestPractices: [
        "create a separate authtoken per machine or service, with ACLs restricting the domains it may bind",
        "never commit ngrok.yml; pass the token through NGROK_AUTHTOKEN from a secret store",
      ],
    },
    keywords: ["ngrok", "authtoken"],
    pattern:
      /(?:ngrok[\w.-]{0,16}(?:auth_?token|api_?key|token)|authtoken)[\w-]{0,8}["']?(?:\s{0,3}(?:=|:|=>)\s{0,3}|\s{1,3}|\(\s{0,3})["']?(?<secret>[0-9][A-Za-z0-9]{20,30}_[A-Za-z0-9]{15,30})(?![A-Za-z0-9_-])/i,
    examples: [
      () => `NGROK_AUTHTOKEN=${credential("ngrok-1")}`,
      () => `version: "3"\nagent:\n    authtoken: ${credential("ngrok-2")}`,
      () => `ngrok config add-authtoken ${credential("ngrok-3")}`,
      () => `NGROK_API_KEY="${credential("ngrok-4")}"`,
      // pyngrok, in a notebook that opens a tunnel.
      () => `from pyngrok import ngrok\nngrok.set_auth_token("${credential("ngrok-5")}")`,
    ],
    negatives: [
      "NGROK_AUTHTOKEN=<your-authtoken>",
      "authtoken: $NGROK_AUTHTOKEN",
      "NGROK_AUTHTOKEN=1xxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxx",
    ],
    references: ["https://ngrok.com/docs/agent/config/"],
  },
];
