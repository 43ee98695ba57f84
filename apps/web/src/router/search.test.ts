import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIND_SEARCH } from "../shared/find-query.ts";
import { SESSION_SEARCH } from "../shared/session-query.ts";
import { defineSearch, readSearch, searchHref } from "./search.ts";
import { listParam, numberParam, presenceListParam, wordParam } from "./search-params.ts";

/** A made-up page whose address uses every kind of parameter. */
interface Shelf {
  books: string[];
  /** `undefined` until someone looked; `[]` once they looked and found nothing. */
  missing: string[] | undefined;
  height: number | undefined;
  sort: "title" | undefined;
}

const isBook = (text: string) => /^[a-z]+$/.test(text);
const books = listParam<string>({ read: (text, leaveOut) => (isBook(text) ? text : leaveOut(`"${text}" is not a book.`)) });
const SHELF = defineSearch<Shelf>("/shelf", {
  books,
  missing: presenceListParam<string>({ read: (text, leaveOut) => (isBook(text) ? text : leaveOut(`"${text}" is not a book.`)) }),
  height: numberParam(300, "height"),
  sort: wordParam("title"),
});

const read = (query: string) => readSearch(SHELF, new URLSearchParams(query));

describe("typed search parameters", () => {
  it("read what they write, for any value", () => {
    const book = fc.stringMatching(/^[a-z]{1,8}$/);
    const shelf = fc.record({
      books: fc.uniqueArray(book, { maxLength: 5 }),
      missing: fc.option(fc.uniqueArray(book, { maxLength: 3 }), { nil: undefined }),
      height: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      sort: fc.constantFrom("title" as const, undefined),
    });
    fc.assert(
      fc.property(shelf, (value) => {
        const href = searchHref(SHELF, value);
        expect(read(href.slice("/shelf?".length))).toEqual({ value, problems: [] });
      }),
    );
  });

  it("tell an empty list that is there (`missing=`) from one that is not", () => {
    const nothing = { books: [], height: undefined, sort: undefined };
    expect(searchHref(SHELF, { ...nothing, missing: [] })).toBe("/shelf?missing=");
    expect(searchHref(SHELF, { ...nothing, missing: undefined })).toBe("/shelf");
    expect(read("missing=").value.missing).toEqual([]);
    expect(read("").value.missing).toBeUndefined();
  });

  it("leave out garbled parts and unknown parameters, with a note naming each part", () => {
    const { value, problems } = read("books=dune,42,,emma&missing=x-y&height=tall&sort=colour&shelfs=3");
    expect(value).toEqual({ books: ["dune", "emma"], missing: [], height: undefined, sort: undefined });
    expect(problems).toEqual([
      '"42" is not a book.',
      '"x-y" is not a book.',
      "The height must be a number from 0 to 300, so it was left out.",
    ]);
  });

  it("keep the separators legible and encode everything else", () => {
    const value = { points: [{ triggerPoint: "soleus-1", side: "left" as const }], pain: [] };
    expect(searchHref(SESSION_SEARCH, value)).toBe("/session?points=soleus-1:left");
    expect(searchHref(SHELF, { books: ["a&b=c"], missing: undefined, height: undefined, sort: undefined })).toBe("/shelf?books=a%26b%3Dc");
    // Free text is written as a form writes it: a space as `+`.
    expect(searchHref(SHELF, { books: ["a b"], missing: undefined, height: undefined, sort: undefined })).toBe("/shelf?books=a+b");
  });

  it("do not compile with a wrong parameter name or type", () => {
    const state = { pain: [], symptoms: [], flags: undefined, tests: [] };
    // @ts-expect-error: `/find` has no parameter `pian`.
    searchHref(FIND_SEARCH, { ...state, pian: [] });
    // @ts-expect-error: `age` is a number.
    searchHref(FIND_SEARCH, { ...state, age: "40" });
    // @ts-expect-error: `change` is only ever "answers".
    searchHref(FIND_SEARCH, { ...state, change: "everything" });
    // @ts-expect-error: a session point needs its side.
    searchHref(SESSION_SEARCH, { points: [{ triggerPoint: "soleus-1" }], pain: [] });
    // @ts-expect-error: a codec must read and write the type its field has.
    defineSearch<{ height: number | undefined }>("/x", { height: wordParam("tall") });
    // @ts-expect-error: every field of the value needs a codec.
    defineSearch<Shelf>("/x", { books });
    expect(readSearch(FIND_SEARCH, new URLSearchParams("pian=temple-left")).value.pain).toEqual([]);
  });
});
