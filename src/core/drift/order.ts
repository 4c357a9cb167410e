/** Bytewise string order: the same on every platform and locale, so reports and files are stable. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
