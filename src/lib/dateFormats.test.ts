/**
 * The date formatters replaced three hand-written month tables; no reader may see a date change.
 * The old code is kept here as the oracle, and every date the content holds (every `date`, `until`
 * and `published` value, in every content file), every month of the years the timeline spans and
 * every day of a leap year are formatted both ways.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPartialDate, parsePartialDate, type PartialDate } from './partialDate.ts';
import { segmentLabel, segmentTicks } from './timeline/segments.ts';

const CONTENT_DIR = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../content/', import.meta.url));

// The code before d3-time-format, verbatim in effect.
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function oldPartialDate(date: PartialDate): string {
  const year = date.start.getUTCFullYear();
  const month = LONG[date.start.getUTCMonth()];
  if (date.precision === 'year') return String(year);
  if (date.precision === 'month') return `${month} ${year}`;
  return `${date.start.getUTCDate()} ${month} ${year}`;
}
function oldSegmentLabel(from: Date, to: Date): string {
  const last = new Date(to.getTime() - 1);
  const sameYear = from.getUTCFullYear() === last.getUTCFullYear();
  if (sameYear && from.getUTCMonth() === last.getUTCMonth()) return `${SHORT[from.getUTCMonth()]} ${from.getUTCFullYear()}`;
  const wholeYears = from.getUTCMonth() === 0 && from.getUTCDate() === 1 && to.getUTCMonth() === 0 && to.getUTCDate() === 1;
  if (wholeYears) return sameYear ? String(from.getUTCFullYear()) : `${from.getUTCFullYear()}–${last.getUTCFullYear()}`;
  return `${SHORT[from.getUTCMonth()]}${sameYear ? '' : ` ${from.getUTCFullYear()}`}–${SHORT[last.getUTCMonth()]} ${last.getUTCFullYear()}`;
}
const oldTick = {
  year: (date: Date) => String(date.getUTCFullYear()),
  month: (date: Date) => (date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : `${SHORT[date.getUTCMonth()]} ${date.getUTCFullYear()}`),
  day: (date: Date) => `${date.getUTCDate()} ${SHORT[date.getUTCMonth()]}`,
};

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? contentFiles(join(dir, entry.name)) : /\.(ya?ml|mdx?)$/.test(entry.name) ? [join(dir, entry.name)] : []);
}
const contentDates = [...new Set(contentFiles(CONTENT_DIR).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\b(?:date|until|published):\s*['"]?(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b/g)].map((match) => match[1]!)))].sort();
const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month, day));

test('the content holds dates at every precision', () => {
  const precisions = new Set(contentDates.map((iso) => parsePartialDate(iso)?.precision));
  assert.deepEqual([...precisions].filter(Boolean).sort(), ['day', 'month', 'year'], `found ${contentDates.length} dates`);
});

test('every date in the content reads as it did before', () => {
  for (const iso of contentDates) {
    const date = parsePartialDate(iso);
    assert.ok(date, `${iso} parses`);
    assert.equal(formatPartialDate(date), oldPartialDate(date), iso);
  }
});

test('every day of a leap year, and every month and year the content spans, reads as before', () => {
  const years = contentDates.map((iso) => Number(iso.slice(0, 4)));
  for (let day = 0; day < 366; day += 1) {
    const date = parsePartialDate(utc(2020, 0, 1 + day).toISOString().slice(0, 10))!;
    assert.equal(formatPartialDate(date), oldPartialDate(date));
  }
  for (let year = Math.min(...years) - 1; year <= Math.max(...years) + 1; year += 1) {
    for (const iso of [String(year), ...LONG.map((_, month) => `${year}-${String(month + 1).padStart(2, '0')}`)]) {
      const date = parsePartialDate(iso)!;
      assert.equal(formatPartialDate(date), oldPartialDate(date), iso);
    }
  }
});

test('axis segment labels read as before, for every span of whole months and years', () => {
  for (let fromMonth = 0; fromMonth < 36; fromMonth += 1) {
    for (let length = 1; length <= 30; length += 1) {
      const from = utc(2019, fromMonth);
      const to = utc(2019, fromMonth + length);
      assert.equal(segmentLabel(from, to), oldSegmentLabel(from, to), `${from.toISOString()} to ${to.toISOString()}`);
    }
  }
  for (let from = 2000; from < 2025; from += 1) {
    for (let to = from + 1; to < 2026; to += 1) assert.equal(segmentLabel(utc(from, 0), utc(to, 0)), oldSegmentLabel(utc(from, 0), utc(to, 0)));
  }
});

test('axis ticks read as before, over spans of days, months and decades', () => {
  const spans: Array<[Date, Date]> = [[utc(2021, 3, 14), utc(2021, 3, 23)], [utc(2021, 2), utc(2021, 5)], [utc(2020, 9), utc(2022, 3)], [utc(2004, 0), utc(2014, 0)], [utc(2021, 8), utc(2021, 11)]];
  let checked = 0;
  for (const [from, to] of spans) {
    for (const height of [60, 200, 600]) {
      const ticks = segmentTicks({ from, to, top: 0, bottom: height } as Parameters<typeof segmentTicks>[0]);
      const kind = ticks.every((t) => t.date.getUTCMonth() === 0 && t.date.getUTCDate() === 1) ? 'year' : ticks.every((t) => t.date.getUTCDate() === 1) ? 'month' : 'day';
      for (const tick of ticks) assert.equal(tick.label, oldTick[kind](tick.date));
      checked += ticks.length;
    }
  }
  assert.ok(checked > 30, `${checked} ticks`);
});
