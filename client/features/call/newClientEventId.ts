/**
 * A fresh client event id for a call command: 32 hex digits (the protocol wants
 * `[A-Za-z0-9_-]{8,64}`). `getRandomValues` rather than `randomUUID`: the latter exists only in
 * secure contexts, and a school LAN serves Plateau over plain http.
 */
export function newClientEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
