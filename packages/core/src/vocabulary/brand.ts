declare const brandTag: unique symbol;

/** A primitive that carries a compile-time name, so that a `Seconds` cannot be passed where an `Intensity` is wanted. */
export type Brand<T, Name extends string> = T & { readonly [brandTag]: Name };
