import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { declaredBin, packageBin, type BinField } from './packageBin.ts';

test('a command is found in either form of bin, and only under its own name', () => {
  const cases: Array<{ manifest: BinField; command: string; expected: string | undefined }> = [
    { manifest: { bin: './cli.js' }, command: 'tool', expected: './cli.js' },
    { manifest: { bin: './cli.js' }, command: 'other', expected: undefined },
    { manifest: { bin: { tool: 'bin/tool.mjs', helper: 'bin/helper.js' } }, command: 'helper', expected: 'bin/helper.js' },
    { manifest: { bin: { tool: 'bin/tool.mjs' } }, command: 'other', expected: undefined },
    { manifest: {}, command: 'tool', expected: undefined },
  ];
  for (const { manifest, command, expected } of cases) assert.equal(declaredBin(manifest, command, 'tool'), expected, `${JSON.stringify(manifest)} → ${command}`);
});

test('the commands npm test runs resolve to their declared scripts, and run under this Node', () => {
  for (const [name, command, expected] of [['astro', undefined, /astro\/bin\/astro\.mjs$/], ['@playwright/test', 'playwright', /@playwright\/test\/cli\.js$/]] as const) {
    const file = packageBin(name, command);
    assert.match(file, expected);
    assert.ok(existsSync(file), file);
    const run = spawnSync(process.execPath, [file, '--version'], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${name} --version: ${run.stderr}`);
    assert.match(run.stdout, /\d+\.\d+\.\d+/);
  }
});

test('a package without the command is named in the error', () => {
  assert.throws(() => packageBin('js-yaml', 'no-such-command'), /js-yaml declares no "no-such-command" command/);
});
