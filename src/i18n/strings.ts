/**
 * The shape every edition's interface strings share. The English module (en.ts) is the reference;
 * another edition is typed `UiStrings`, so a key it lacks, or a key en.ts does not have, fails
 * `astro check` and tsc.
 */

/**
 * The labels of a closed set of ids (stances, languages, confidence levels): every edition must give
 * each id of the English set, and a page may still look one up by any string (an id read from content).
 */
export type Lookup<K extends string> = Readonly<Record<K, string>> & Readonly<Record<string, string>>;

/** Declares a lookup; the ids are the keys of the English object, so no cast can drop one. */
export const lookup = <K extends string>(labels: Record<K, string>): Lookup<K> => labels;

/** en.ts's own type with its words widened to `string`, so another language can fill it in. */
export type Strings<T> = T extends string
  ? string
  : T extends (...args: infer A) => unknown
    ? (...args: A) => string
    : { readonly [K in keyof T]: Strings<T[K]> };
