import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

describe("reading the server's environment", () => {
  it("listens on loopback by default and takes the other loopback names", () => {
    expect(readEnv({}).host).toBe("127.0.0.1");
    for (const host of ["localhost", "::1", "127.0.0.2"]) expect(readEnv({ HOST: host }).host).toBe(host);
  });

  it("refuses a HOST beyond loopback without accounts, saying why and what to set", () => {
    for (const host of ["0.0.0.0", "192.168.1.20", "::", "unknot.example.org"]) {
      expect(() => readEnv({ HOST: host })).toThrow(`HOST=${host} would let other computers reach this diary`);
      expect(() => readEnv({ HOST: host, UNKNOT_ORIGIN: "https://unknot.example.org" })).toThrow(/without signing in/);
    }
    expect(() => readEnv({ HOST: "0.0.0.0" })).toThrow(/set HOST=127\.0\.0\.1.*UNKNOT_ACCOUNTS=on.*UNKNOT_ORIGIN/);
  });

  it("takes a HOST beyond loopback with accounts on and UNKNOT_ORIGIN set, and refuses it without the origin", () => {
    const env = readEnv({ HOST: "0.0.0.0", UNKNOT_ACCOUNTS: "on", UNKNOT_ORIGIN: "https://unknot.example.org" });
    expect(env).toMatchObject({ host: "0.0.0.0", accounts: true, publicOrigin: "https://unknot.example.org" });
    expect(() => readEnv({ HOST: "0.0.0.0", UNKNOT_ACCOUNTS: "on" })).toThrow(/HOST=0\.0\.0\.0 with accounts needs UNKNOT_ORIGIN/);
  });

  it("reads UNKNOT_ACCOUNTS (off by default) and UNKNOT_AUTH_SECRET, naming each when malformed", () => {
    expect(readEnv({}).accounts).toBe(false);
    expect(readEnv({ UNKNOT_ACCOUNTS: "on" }).accounts).toBe(true);
    expect(readEnv({ UNKNOT_ACCOUNTS: "OFF" }).accounts).toBe(false);
    expect(() => readEnv({ UNKNOT_ACCOUNTS: "yes" })).toThrow(/^UNKNOT_ACCOUNTS must be "on" or "off"/);
    expect(readEnv({}).authSecret).toBeUndefined();
    expect(readEnv({ UNKNOT_AUTH_SECRET: "x".repeat(32) }).authSecret).toBe("x".repeat(32));
    expect(() => readEnv({ UNKNOT_AUTH_SECRET: "short" })).toThrow(/^UNKNOT_AUTH_SECRET must be at least 32 characters/);
  });

  it("reads UNKNOT_ORIGIN as an origin, and names it when it is not one", () => {
    expect(readEnv({}).publicOrigin).toBeUndefined();
    expect(readEnv({ UNKNOT_ORIGIN: "https://Unknot.Example.org/" }).publicOrigin).toBe("https://unknot.example.org");
    expect(readEnv({ UNKNOT_ORIGIN: "http://diary.lan:8080" }).publicOrigin).toBe("http://diary.lan:8080");
    for (const bad of [
      "unknot.example.org",
      "https://unknot.example.org/app",
      "ftp://unknot.example.org",
      "https://user@unknot.example.org",
    ]) {
      expect(() => readEnv({ UNKNOT_ORIGIN: bad }), bad).toThrow(/^UNKNOT_ORIGIN must be an origin/);
    }
  });

  it("makes the server refuse to start on a network address, with the message on stderr", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", MAIN], {
      env: { ...process.env, HOST: "0.0.0.0", PORT: "0", DATABASE_URL: "", UNKNOT_ACCOUNTS: "", UNKNOT_ORIGIN: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/HOST=0\.0\.0\.0 would let other computers reach this diary/);
    expect(result.stdout).not.toMatch(/running at/);
  });
});
