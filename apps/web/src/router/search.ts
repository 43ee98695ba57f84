// Typed search parameters: a page with a query declares, once, a codec for each parameter of its address
// (`defineSearch`); it reads the typed value through `useSearch` and writes links through `searchHref`, so a wrong
// parameter name or type does not compile. An address is something people type, edit and bookmark: a part that
// cannot be used is left out with a plain note, never an error. The codecs are small functions, not a schema library:
// the home page reads the /find query, so they are part of the first download (see docs/architecture.md).
import { useMemo } from "react";
import { useLocation } from "./router.ts";

/** One search parameter's codec. */
export interface SearchParam<T> {
  /** Reads the parameter's text (`null` when absent), adding a note to `problems` for every part it leaves out. */
  read(raw: string | null, problems: string[]): T;
  /** The parameter's text for a value; `undefined` or empty leaves the parameter out of the address. */
  write(value: T): string | undefined;
  /** Write the parameter even when its text is empty: its presence alone means something (`flags=`). */
  keepEmpty?: boolean;
}

/** A codec for every field of `V`, in the order the address writes them. */
export type SearchParams<V> = { [K in keyof V]-?: SearchParam<V[K]> };

/** The typed address of the page at `path`. */
export interface SearchRoute<V> {
  path: string;
  params: SearchParams<V>;
}

/** What reading an address gives: the typed value and a note for every part that could not be used. */
export interface ReadSearch<V> {
  value: V;
  problems: string[];
}

/** Declares the search parameters of the page at `path`. */
export function defineSearch<V>(path: string, params: SearchParams<V>): SearchRoute<V> {
  return { path, params };
}

function paramsOf<V>(route: SearchRoute<V>): [string, SearchParam<unknown>][] {
  return Object.entries(route.params);
}

/** Reads a route's value from a query; parameters the route does not declare are ignored. */
export function readSearch<V>(route: SearchRoute<V>, query: URLSearchParams): ReadSearch<V> {
  const problems: string[] = [];
  const value = Object.fromEntries(paramsOf(route).map(([name, param]) => [name, param.read(query.get(name), problems)]));
  return { value: value as V, problems };
}

/** The current address read as `route`'s value; read again only when the query changes. */
export function useSearch<V>(route: SearchRoute<V>): ReadSearch<V> {
  const { query } = useLocation();
  return useMemo(() => readSearch(route, query), [route, query]);
}

/** `name=value` as a form writes it (a space as `+`), leaving the separators `:` and `,` readable so a shared link stays legible. */
function encode(name: string, value: string): string {
  return new URLSearchParams([[name, value]]).toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}

/** The route's address for a value: its path, then `?a=…&b=…` for the parameters with content. */
export function searchHref<V>(route: SearchRoute<V>, value: V): string {
  const parts = paramsOf(route).flatMap(([name, param]) => {
    const text = param.write((value as Record<string, unknown>)[name]);
    return text === undefined || (text === "" && !param.keepEmpty) ? [] : [encode(name, text)];
  });
  return parts.length === 0 ? route.path : `${route.path}?${parts.join("&")}`;
}
