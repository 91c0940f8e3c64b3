/**
 * Deterministic UUIDs for exported annotations: the same input gives the same ids, so
 * exports are byte-identical and diff well. RFC 9562 version 8 (vendor-specific):
 * 122 bits of four independent 32-bit FNV-1a hashes of the parts.
 */

/** A `xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx` UUID derived from `parts`. */
export function stableUuid(...parts: readonly (string | number)[]): string {
  const input = parts.map(String).join('\u0000');
  const words = [0x811c9dc5, 0x01000193, 0xdeadbeef, 0x9e3779b9].map((seed) => fnv1a(input, seed));
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so similar inputs differ in every word.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
