/**
 * Finds a Chromium for Playwright: Playwright's own build when installed, else the system's
 * /usr/bin/chromium. Nothing that runs tests installs one (a test run that downloads a browser is
 * slow, and fails on a closed network): `.ci/run` provisions the machine, and a developer runs
 * `npx node scripts/browser.ts --install` once, which tries Playwright's installer, then (on
 * Debian, as root) `apt-get install -y chromium`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statfsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for the system Chromium: no sandbox as root, and no background traffic on a closed network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/**
 * The flags of Playwright's own we drop. It passes --disable-dev-shm-usage for containers whose
 * /dev/shm holds 64 MB, which Chromium would fill; Chromium then keeps its shared memory in files
 * under /tmp, on disk here, at a cost in system time (5 % of a page walk's CPU, measured). Where
 * /dev/shm has room, Chromium uses it, as it does on a desktop.
 */
export const IGNORED_DEFAULT_ARGS = shmHasRoom() ? ['--disable-dev-shm-usage'] : [];

function shmHasRoom(): boolean {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize >= 1024 ** 3;
  } catch {
    return false;
  }
}

/** What Playwright launches Chromium with: the flags above, and Playwright's own but those it drops. */
export const CHROMIUM_LAUNCH = { args: CHROMIUM_ARGS, ignoreDefaultArgs: IGNORED_DEFAULT_ARGS };

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The executable to use, or undefined for none. CHROMIUM_PATH overrides the search. */
export function findChromium(): string | undefined {
  const override = process.env.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : undefined;
  return playwrightChromium() ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
}

/** What to do when there is no Chromium, in one message. */
export const NO_CHROMIUM =
  'No Chromium found (Playwright\'s own build, /usr/bin/chromium, or CHROMIUM_PATH). Install one once: `npx node scripts/browser.ts --install` (Playwright\'s build, or Debian\'s chromium as root), `apt-get install chromium`, or set CHROMIUM_PATH. .ci/run installs it on CI.';

/** Returns a usable Chromium; throws, saying how to install one, when there is none. Never installs. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  throw new Error(NO_CHROMIUM);
}

/** Installs a Chromium: Playwright's build where its download works, else Debian's package (as root). */
function installChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found: trying Playwright\'s installer…');
  const playwright = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 180_000 });
  if (playwright.status === 0 && playwrightChromium()) return playwrightChromium()!;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Playwright\'s download failed: installing Debian\'s chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  }
  throw new Error('No Chromium could be installed: install one by hand (apt-get install chromium) or set CHROMIUM_PATH.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(process.argv.includes('--install') ? installChromium() : ensureChromium());
}
