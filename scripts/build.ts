/**
 * Builds the site atomically: Astro writes into a fresh temporary folder, and only a build that
 * succeeded replaces dist/. A content error therefore never leaves a half-built site behind to be
 * published. Extra arguments go to `astro build` (e.g. `npm run build -- --base /factchecks/kpn-huawei/`).
 * OUT_DIR sets the final folder (default dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const stagingDir = `${outDir}.staging`;
rmSync(stagingDir, { recursive: true, force: true });

const args = ['astro', 'build', '--outDir', stagingDir, ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
if (result.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was left as it was.`);
  process.exit(result.status ?? 1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
console.log(`\nBuilt into ${outDir}`);
