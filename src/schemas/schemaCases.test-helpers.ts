/**
 * Loads the content schemas under node:test as the build loads them, and checks tables of cases.
 *
 * The schemas are written for Vite: they import `astro:content` (for `reference()`) and relative
 * modules without an extension. Node's module hooks resolve both as Vite does, so a test parses
 * with the very schemas the build uses, unchanged: `astro:content` becomes this module, whose
 * `reference` is Astro's own (`createReference` from Astro's content runtime), and `./partialDate`
 * becomes `./partialDate.ts`. Import the schema with `await loadSchema(…)` after this module.
 */
import assert from 'node:assert/strict';
import { registerHooks } from 'node:module';
import { createReference } from 'astro/content/runtime';

/** What `astro:content` gives a schema module: the real `reference()`. */
export const reference = createReference();

const SCHEMAS = new URL('./', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'astro:content') return { url: import.meta.url, shortCircuit: true };
    const fromSchema = context.parentURL?.startsWith(SCHEMAS) ?? false;
    if (fromSchema && /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
    return nextResolve(specifier, context);
  },
});

/** A schema module of src/schemas by file name, e.g. `await loadSchema<typeof import('./source.ts')>('source')`. */
export function loadSchema<Module>(name: string): Promise<Module> {
  return import(new URL(`./${name}.ts`, import.meta.url).href) as Promise<Module>;
}

/** Where a problem is (the field path, dotted, with list indices) and what it says. */
export interface Issue {
  path: string;
  message: string | RegExp;
}

interface Parsable {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

/** One row of a table: a change to a valid entry, and the problems it must cause (none: it parses). */
export interface Case {
  name: string;
  input: unknown;
  issues: Issue[];
}

/** The problems `safeParse` reports, as path and message. */
export function issuesOf(schema: Parsable, input: unknown): Array<{ path: string; message: string }> {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Asserts that the input yields exactly the expected problems, in order: same path, same (or matching) message. */
export function assertIssues(schema: Parsable, input: unknown, expected: Issue[]): void {
  const found = issuesOf(schema, input);
  assert.equal(found.length, expected.length, `expected ${expected.length} problem(s), found ${JSON.stringify(found, null, 1)}`);
  expected.forEach((want, index) => {
    assert.equal(found[index]!.path, want.path, `problem ${index + 1}: path`);
    if (typeof want.message === 'string') assert.equal(found[index]!.message, want.message, `problem ${index + 1} at ${want.path}: message`);
    else assert.match(found[index]!.message, want.message, `problem ${index + 1} at ${want.path}: message`);
  });
}
