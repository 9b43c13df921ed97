import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** A program's path: on PATH, or at one of the fallbacks (Debian puts nginx in /usr/sbin, which is not on a normal user's PATH). */
export function findExecutable(name: string, fallbacks: string[] = []): string | undefined {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  for (const candidate of [onPath, ...fallbacks].filter(Boolean)) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next
    }
  }
  return undefined;
}
