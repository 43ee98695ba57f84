import { randomUUID } from "node:crypto";

let lastMs = 0;
let counter = 0;

/**
 * A new record id: a UUIDv7 (RFC 9562) that sorts after every id this process made before. Because
 * new ids sort last, every index keyed by a record id grows at its right edge: a batch of writes
 * dirties a few pages instead of one random page per index per record, and those pages are most of
 * what a commit writes and flushes to disk.
 */
export function newRecordId(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = 0;
  } else if (++counter > 0xfff) {
    // More than 4,096 ids in one millisecond, or the clock stepped back: borrow the next millisecond.
    lastMs += 1;
    counter = 0;
  }
  // randomUUID draws from a cached pool of entropy; asking the system for 8 bytes per id is slower.
  return uuidV7(lastMs, counter, Buffer.from(randomUUID().replaceAll("-", "").slice(16), "hex"));
}

/** A UUIDv7: 48 bits of Unix milliseconds, version 7, a 12-bit `sequence`, the variant, then 62 random bits. */
export function uuidV7(unixMs: number, sequence: number, random: Uint8Array): string {
  const rand = Buffer.from(random.buffer, random.byteOffset, 8);
  const hex =
    unixMs.toString(16).padStart(12, "0") +
    (0x7000 | (sequence & 0xfff)).toString(16) +
    ((rand.readUInt16BE(0) & 0x3fff) | 0x8000).toString(16) +
    rand.subarray(2, 8).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
