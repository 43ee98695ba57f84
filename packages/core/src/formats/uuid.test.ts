import { describe, expect, it } from "vitest";
import { sha1 as librarySha1 } from "@noble/hashes/legacy.js";
import { UNKNOT_UUID_NAMESPACE, uuidV5 } from "./uuid.ts";

// SHA-1 comes from @noble/hashes; these vectors once checked Unknot's own SHA-1 and now check the library's.
const sha1 = (bytes: number[]) => [...librarySha1(Uint8Array.from(bytes))];
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const hex = (bytes: number[]) => bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");

describe("name-based UUIDs", () => {
  it("computes SHA-1 as in the FIPS 180 test vectors, across block boundaries", () => {
    expect(hex(sha1([]))).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    expect(hex(sha1(ascii("abc")))).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(hex(sha1(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe("84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    expect(hex(sha1(ascii("a".repeat(1_000_000))))).toBe("34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  });

  it("matches the well-known version-5 UUID of www.example.com in the DNS namespace", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("derives Unknot's namespace from the name unknot in the URL namespace", () => {
    expect(UNKNOT_UUID_NAMESPACE).toBe(uuidV5("unknot", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
  });

  it("gives the same UUID for the same name and different ones for different names, non-ASCII included", () => {
    expect(uuidV5("session:é😀")).toBe(uuidV5("session:é😀"));
    expect(uuidV5("session:é😀")).not.toBe(uuidV5("session:e😀"));
    expect(uuidV5("x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("gives the same UUIDs as Unknot's own SHA-1 did before the library, so exported FHIR ids stay stable", () => {
    expect(uuidV5("person:local")).toBe("19a1ebbb-1cb3-5a7f-a4f5-c19509145ea3");
    expect(uuidV5("session:0190f0a2-7b3c-7d4e-8f00-123456789abc")).toBe("42679133-d5c7-50dc-be7d-2aff799e074b");
    expect(uuidV5("session:é😀")).toBe("32f0beeb-731a-571d-afbb-13fcb2bf2676");
    expect(uuidV5(`check-in:${"ñ".repeat(300)}`)).toBe("4cc0e439-2889-5341-8714-f4a07b836e55");
    expect(uuidV5("")).toBe("d00c5c74-350c-5e9e-b965-775765a87bf6");
  });
});
