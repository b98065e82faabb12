/**
 * Record ids are made by whoever creates the record, offline included. UUIDv7 puts the creation time
 * first, so ids sort roughly by age and index well in SQLite and PostgreSQL.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any RFC 9562 UUID in its canonical 8-4-4-4-12 hex form (either case). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Web Crypto is global in browsers and Node 20; declared here because shared uses neither DOM nor Node types. */
const webCrypto = () => (globalThis as unknown as { crypto: { getRandomValues<T extends Uint8Array>(array: T): T } }).crypto;

/** A new UUIDv7 (48-bit Unix milliseconds, version 7, variant 10, 74 random bits), lowercase. */
export const uuidv7 = (now: number = Date.now()): string => {
  const bytes = new Uint8Array(16);
  webCrypto().getRandomValues(bytes);
  let time = Math.floor(now);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
