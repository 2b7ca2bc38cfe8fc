/** Compact JSON Web Tokens (RFC 7519): base64url(header).base64url(claims).signature. */

/** One of the two JSON parts of a compact JWT, decoded; `undefined` when it is not a JSON object. */
export function jwtJsonPart(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The facts a report shows for a JWT: who issued it, for whom, and until when. */
export function jwtDetails(token: string): Record<string, string> | undefined {
  const [header, claims] = token.split(".");
  const head = jwtJsonPart(header ?? "");
  const payload = jwtJsonPart(claims ?? "");
  if (!head || !payload) return undefined;
  const details: Record<string, string> = {};
  const text = (value: unknown) => (typeof value === "string" ? shortened(value) : undefined);
  const time = (value: unknown) =>
    typeof value === "number" && Number.isFinite(value) && Math.abs(value) < 1e11
      ? new Date(value * 1000).toISOString().replace(".000Z", "Z")
      : undefined;
  const audience = Array.isArray(payload.aud)
    ? payload.aud.map(text).filter(Boolean).join(", ")
    : text(payload.aud);
  const facts: [string, string | undefined][] = [
    ["algorithm", text(head.alg)],
    ["issuer", text(payload.iss)],
    ["subject", text(payload.sub)],
    ["audience", audience || undefined],
    ["issued", time(payload.iat)],
    ["expires", typeof payload.exp === "number" ? time(payload.exp) : "never"],
  ];
  for (const [name, value] of facts) if (value !== undefined) details[name] = value;
  return details;
}

/** Claims are the token author's text: long ones are cut so that one token cannot flood a report. */
function shortened(value: string): string {
  return value.length > 80 ? `${value.slice(0, 79)}…` : value;
}
