import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { runningHeadCss, styleHash } from './runningHead.ts';

test('the running head prints the title as a CSS string, quotes and markup escaped', () => {
  assert.equal(runningHeadCss('A, B and the report: a fact-check'), '@page{@top-center{content:"A, B and the report: a fact-check"}}');
  assert.equal(runningHeadCss('The "leak" \\ </style>'), '@page{@top-center{content:"The \\"leak\\" \\\\ \\3c /style>"}}');
});

test('the hash is the SHA-256 of exactly the inlined text, as the CSP needs it', () => {
  const css = runningHeadCss('Title');
  assert.equal(styleHash(css), `sha256-${createHash('sha256').update(css).digest('base64')}`);
  assert.notEqual(styleHash(css), styleHash(runningHeadCss('Title.')));
});
