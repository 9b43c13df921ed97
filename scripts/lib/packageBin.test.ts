import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { packageBin } from './packageBin.ts';

test('the command of a package is its declared script, and it runs under this Node', () => {
  for (const [name, bin, expected] of [['astro', 'astro', /astro\/bin\/astro\.mjs$/], ['@playwright/test', 'playwright', /@playwright\/test\/cli\.js$/]] as const) {
    const file = packageBin(name, bin);
    assert.match(file, expected);
    assert.ok(existsSync(file), file);
    const run = spawnSync(process.execPath, [file, '--version'], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${bin} --version: ${run.stderr}`);
    assert.match(run.stdout, /\d+\.\d+\.\d+/);
  }
});

test('a package without the command is named in the error', () => {
  assert.throws(() => packageBin('js-yaml', 'no-such-command'), /js-yaml declares no "no-such-command" command/);
});
