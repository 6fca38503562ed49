const signatureValue = /t=\d+\s*,\s*v1=[0-9a-fA-F]+(\s*,\s*v1=[0-9a-fA-F]+)*/g;
const digest = /\b[0-9a-fA-F]{64}\b/g;

/**
 * Removes secrets and Signature values from text before it goes into an error: a server (or a
 * proxy in between) may echo them back in an error body.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(signatureValue, '[redacted signature]').replace(digest, '[redacted]');
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted secret]');
  return out;
}

/** {@link redact} applied to every string inside a parsed JSON value. */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)]));
  }
  return value;
}
