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
