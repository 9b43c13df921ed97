import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, pageFile } from './builtPages.ts';

test('lists every HTML page of a built site as a sorted site path, and nothing else', () => {
  const dist = mkdtempSync(join(tmpdir(), 'built-pages-'));
  try {
    for (const file of ['index.html', '404.html', 'claims/b/index.html', 'claims/a/index.html', 'claims.json', '_astro/x.css', 'review/letter/index.html']) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), '');
    }
    const pages = builtPages(dist);
    assert.deepEqual(pages, ['/', '/404.html', '/claims/a/', '/claims/b/', '/review/letter/']);
    assert.equal(pageFile(dist, '/claims/a/'), join(dist, 'claims/a/index.html'));
    assert.equal(pageFile(dist, '/404.html'), join(dist, '404.html'));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
