import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What a package.json says of its commands: one script named for the package, or a script per command. */
export interface BinField {
  bin?: string | Record<string, string>;
}

/** The command's script, relative to its package, or undefined when the package does not declare it. */
export function declaredBin(manifest: BinField, command: string, packageCommand: string): string | undefined {
  // A bin given as one string is the command named after the package (its name without the scope).
  if (typeof manifest.bin === 'string') return command === packageCommand ? manifest.bin : undefined;
  return manifest.bin?.[command];
}

/**
 * The command-line script a package declares in its `bin` (astro, playwright), as a path to run with
 * this Node: `npx <name>` finds the same file, after npm's own start-up (0.6 s on an idle machine,
 * about 2 s on a test machine busy with builds, each time; npm test started five of them so).
 */
export function packageBin(name: string, command?: string): string {
  const packageCommand = name.split('/').at(-1)!;
  const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
  const file = declaredBin(JSON.parse(readFileSync(manifest, 'utf8')) as BinField, command ?? packageCommand, packageCommand);
  if (!file) throw new Error(`${name} declares no "${command ?? packageCommand}" command in its package.json`);
  return join(dirname(manifest), file);
}
