import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildSiteModel } from '../lib/content/siteModel.ts';
import { readRevisionContent, type RevisionContent } from '../lib/review/contentFiles.ts';
import { diffContent, type Labels, type ProofChanges } from '../lib/review/proofDiff.ts';

/**
 * The proof of changes: the content at an old revision, read with git without touching the working
 * tree, compared with the content being built. Used by the /review/ pages when REVIEW_SINCE is set
 * at build time, and by `npm run review:pdf -- --since <rev>` (which sets it) for --strict.
 * No Astro imports, so the PDF script can run it under plain Node.
 */

export interface Revision {
  /** Full hash. */
  commit: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** First line of the commit message. */
  subject: string;
}

export interface ProofOfChanges {
  since: Revision;
  changes: ProofChanges;
}

/** The error for bad input: a revision that does not exist, or one before the content existed. */
export class RevisionError extends Error {}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
}

/** Resolves a revision and checks that the content existed there; throws a RevisionError saying what is wrong. */
export function resolveRevision(rev: string, contentDir: string, cwd = process.cwd()): Revision {
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd).trim();
  } catch {
    throw new RevisionError(`--since ${rev}: no such revision in this repository (try \`git log --oneline\` for one)`);
  }
  const [date = '', subject = ''] = git(['show', '-s', '--format=%cI%n%s', commit], cwd).split('\n');
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const path = relative(top, resolve(cwd, contentDir));
  try {
    git(['cat-file', '-e', `${commit}:${path}/claims`], cwd);
  } catch {
    throw new RevisionError(`--since ${rev}: revision ${commit.slice(0, 10)} (${date}, "${subject}") predates the content: ${path}/claims does not exist there`);
  }
  return { commit, date, subject };
}

/** The content folder at a revision, extracted by `git archive` into a temporary folder and read. */
export function readContentAt(revision: Revision, contentDir: string, cwd = process.cwd()): RevisionContent {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const path = relative(top, resolve(cwd, contentDir));
  const temp = mkdtempSync(join(tmpdir(), 'proof-since-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', revision.commit, '--', path], { cwd: top, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', temp], { input: tar });
    return readContentDir(join(temp, path));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Reads a content folder from disk with the same reader as an old revision, so both sides compare alike. */
export function readContentDir(dir: string): RevisionContent {
  const claimsDir = join(dir, 'claims');
  const claimFiles = existsSync(claimsDir) ? readdirSync(claimsDir).filter((name) => /\.mdx?$/.test(name)).sort().map((name) => `claims/${name}`) : [];
  return readRevisionContent({
    claimFiles,
    read: (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined),
  });
}

/** Compares the content at `rev` with the content folder as it is now. */
export function proofOfChanges(
  rev: string,
  // Stance labels: the pages pass the edition's words; the PDF script, which only counts changes, may keep the ids.
  labels: Labels = { stance: (stance) => stance },
  contentDir = process.env.CONTENT_DIR ?? './src/content',
  cwd = process.cwd(),
): ProofOfChanges {
  const since = resolveRevision(rev, contentDir, cwd);
  const before = readContentAt(since, contentDir, cwd);
  const after = readContentDir(resolve(cwd, contentDir));
  let beforeModel;
  try {
    beforeModel = buildSiteModel(before.content);
  } catch (error) {
    throw new RevisionError(`--since ${rev}: the content at ${since.commit.slice(0, 10)} cannot be read: ${(error as Error).message}`);
  }
  return { since, changes: diffContent(beforeModel, before.bodies, buildSiteModel(after.content), after.bodies, labels) };
}

let cached: ProofOfChanges | undefined;

/** For the /review/ pages: the changes since REVIEW_SINCE, or undefined when it is not set. */
export function reviewSince(labels: Labels): ProofOfChanges | undefined {
  const rev = process.env.REVIEW_SINCE;
  if (!rev) return undefined;
  cached ??= proofOfChanges(rev, labels);
  return cached;
}

/** REVIEW_CHANGED_ONLY=1: the proof prints only the claims that changed or were added. */
export function changedOnly(): boolean {
  return Boolean(process.env.REVIEW_SINCE) && ['1', 'true', 'yes'].includes(process.env.REVIEW_CHANGED_ONLY ?? '');
}
