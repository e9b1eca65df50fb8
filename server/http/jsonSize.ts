/** The size of a payload as JSON, in UTF-8 bytes (Infinity when it cannot be serialised). */
export function jsonSize(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? '', 'utf8');
  } catch {
    return Infinity;
  }
}
