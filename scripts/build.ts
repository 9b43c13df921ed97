/**
 * Builds the site atomically: Astro writes into a fresh temporary folder, and only a build that
 * succeeded replaces dist/. A content error therefore never leaves a half-built site behind to be
 * published. Extra arguments go to `astro build` (e.g. `npm run build -- --base /factchecks/kpn-huawei/`).
 * OUT_DIR sets the final folder (default dist).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageBin } from './lib/packageBin.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const stagingDir = `${outDir}.staging`;
rmSync(stagingDir, { recursive: true, force: true });

// Two builds of one commit must be byte-identical: the proof's "built at" time is the commit's time
// unless SOURCE_DATE_EPOCH says otherwise (https://reproducible-builds.org/specs/source-date-epoch/).
const env = { ...process.env };
if (!env.SOURCE_DATE_EPOCH) {
  try {
    env.SOURCE_DATE_EPOCH = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    // not a git checkout: the build time is used
  }
}
// Astro's own command-line script, run by this Node (scripts/lib/packageBin.ts: not through npx).
const args = [packageBin('astro'), 'build', '--outDir', stagingDir, ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
if (result.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was left as it was.`);
  process.exit(result.status ?? 1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
console.log(`\nBuilt into ${outDir}`);
