import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFontMetrics } from './fontMetrics.ts';
import { testFonts } from './fonts.test-helpers.ts';

const { metrics } = testFonts();

test('widths grow with the text and scale with the size', () => {
  const { sansBold } = metrics;
  assert.ok(sansBold.width('Denies', 32) > 0);
  assert.ok(sansBold.width('Partly addresses', 32) > sansBold.width('Denies', 32));
  assert.ok(Math.abs(sansBold.width('Denies', 64) - 2 * sansBold.width('Denies', 32)) < 1e-9);
});

test('a bold face measures wider than the regular one, and an i narrower than an m', () => {
  assert.ok(metrics.sansBold.width('Did not address', 30) > metrics.sansRegular.width('Did not address', 30));
  assert.ok(metrics.serifBold.width('i', 30) < metrics.serifBold.width('m', 30));
});

test('measures plausible widths: Inter Bold sets "Vendor" at 100 px between 250 and 450 px', () => {
  const width = metrics.sansBold.width('Vendor', 100);
  assert.ok(width > 250 && width < 450, String(width));
});

test('names the characters the font cannot draw (Latin fonts have no Chinese)', () => {
  assert.deepEqual(metrics.serifBold.missing('XYZ’s “network” – é ë'), []);
  assert.deepEqual(metrics.serifBold.missing('华为 Vendor'), ['华', '为']);
});

test('refuses WOFF2 and other files it cannot read', () => {
  assert.throws(() => readFontMetrics(new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])), /WOFF2 is not supported/);
});
