import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { shapeOf, storedItem } from "./browser-storage.ts";

/** A Storage with the browser's semantics (strings only), since Node has none; `full` makes every write throw. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, String(value));
  }
}

const Point = z.object({ x: z.number(), y: z.number() });
let local: MemoryStorage;

beforeEach(() => {
  local = new MemoryStorage();
  Object.defineProperty(globalThis, "localStorage", { value: local, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, "localStorage");
});

describe("storedItem", () => {
  const item = () => storedItem("local", "test.point", shapeOf(Point));

  it("reads back what it wrote", () => {
    item().write({ x: 1, y: 2 });
    expect(item().read()).toEqual({ x: 1, y: 2 });
    expect(item().text()).toBe('{"x":1,"y":2}');
  });

  it("ignores a value that is not JSON, or not of the expected shape", () => {
    for (const corrupt of ["{not json", '{"x":"1","y":2}', "[1,2]", "null", '"text"']) {
      local.setItem("test.point", corrupt);
      expect(item().read(), corrupt).toBeUndefined();
    }
  });

  it("reads nothing when nothing is stored, and after removing", () => {
    expect(item().read()).toBeUndefined();
    item().write({ x: 1, y: 2 });
    item().remove();
    expect(item().read()).toBeUndefined();
    expect(item().text()).toBe("");
  });

  it("carries on when storage is full or missing", () => {
    local.full = true;
    expect(() => item().write({ x: 1, y: 2 })).not.toThrow();
    expect(item().read()).toBeUndefined();
    Reflect.deleteProperty(globalThis, "localStorage");
    expect(() => item().write({ x: 1, y: 2 })).not.toThrow();
    expect(item().read()).toBeUndefined();
  });
});

describe("a plain-text item", () => {
  it("keeps the text as it is and checks it when read", () => {
    const flag = storedItem("local", "test.flag", (value) => (value === "on" ? "on" : undefined), "text");
    flag.write("on");
    expect(local.getItem("test.flag")).toBe("on");
    expect(flag.read()).toBe("on");
    local.setItem("test.flag", "maybe");
    expect(flag.read()).toBeUndefined();
  });
});
