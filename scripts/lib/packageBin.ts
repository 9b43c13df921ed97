import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The command-line script a package declares in its `bin` (astro, playwright), as a path to run with
 * this Node: `npx <name>` finds the same file, after npm's own start-up (0.6 s on an idle machine,
 * about 2 s on a test machine busy with builds, each time; npm test started five of them so).
 */
export function packageBin(name: string, bin: string = name.split('/').at(-1)!): string {
  const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
  const declared = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> }).bin;
  // A bin given as one string is the command named after the package.
  const file = typeof declared === 'string' ? (bin === name.split('/').at(-1) ? declared : undefined) : declared?.[bin];
  if (!file) throw new Error(`${name} declares no "${bin}" command in its package.json`);
  return join(dirname(manifest), file);
}
