import { execFileSync } from 'node:child_process';

/**
 * What the print proof's cover says about the build: when, and from which commit. SOURCE_DATE_EPOCH
 * (the reproducible-builds convention; scripts/build.ts sets it to the commit's time) fixes the
 * time, so two builds of one commit are identical.
 */
export interface BuildInfo {
  /** ISO time of the build (UTC). */
  builtAt: string;
  /** Full commit hash, or "unknown" outside a git checkout. */
  commit: string;
  /** True when the working tree had uncommitted changes. */
  dirty: boolean;
  /** True when the time comes from SOURCE_DATE_EPOCH rather than the clock. */
  fromSourceDate: boolean;
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

let cached: BuildInfo | undefined;

export function buildInfo(): BuildInfo {
  if (cached) return cached;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const builtAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const commit = git(['rev-parse', 'HEAD']) ?? 'unknown';
  const dirty = commit !== 'unknown' && (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '';
  cached = { builtAt, commit, dirty, fromSourceDate: Boolean(epoch) };
  return cached;
}
