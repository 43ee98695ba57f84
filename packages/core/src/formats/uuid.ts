// Name-based UUIDs (RFC 9562 version 5) so exported FHIR ids are stable for the same record and need no
// random source. SHA-1 is used only as the RFC prescribes for version 5, not for security.
import { sha1 } from "@noble/hashes/legacy.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";

/** The namespace of Unknot's name-based UUIDs (itself the version-5 UUID of the name `unknot` in the RFC 9562 URL namespace). */
export const UNKNOT_UUID_NAMESPACE = "13b25402-1697-5de0-b888-6dc872529882";

/** The version-5 UUID of `name` in `namespace` (RFC 9562 §5.5). */
export function uuidV5(name: string, namespace: string = UNKNOT_UUID_NAMESPACE): string {
  const bytes = sha1
    .create()
    .update(hexToBytes(namespace.replaceAll("-", "")))
    .update(utf8ToBytes(name))
    .digest()
    .slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
