import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePartialDates, formatPartialDate, parsePartialDate } from './partialDate.ts';

const cases: Array<[string, string, string, string]> = [
  // input, precision, start, end (exclusive)
  ['2009', 'year', '2009-01-01', '2010-01-01'],
  ['2021-04', 'month', '2021-04-01', '2021-05-01'],
  ['2021-12', 'month', '2021-12-01', '2022-01-01'],
  ['2021-04-17', 'day', '2021-04-17', '2021-04-18'],
  ['2024-02-29', 'day', '2024-02-29', '2024-03-01'],
];

for (const [input, precision, start, end] of cases) {
  test(`reads "${input}" as a ${precision} from ${start} to ${end}`, () => {
    const date = parsePartialDate(input);
    assert.ok(date);
    assert.equal(date.precision, precision);
    assert.equal(date.start.toISOString().slice(0, 10), start);
    assert.equal(date.end.toISOString().slice(0, 10), end);
  });
}

for (const bad of ['', '21', '2021-4', '2021-13', '2021-00', '2021-02-30', '2023-02-29', '17 April 2021', '2021-04-17T00:00', ' 2021']) {
  test(`rejects the malformed date "${bad}"`, () => {
    assert.equal(parsePartialDate(bad), undefined);
  });
}

test('formats each precision as a reader writes it', () => {
  assert.equal(formatPartialDate(parsePartialDate('2009')!), '2009');
  assert.equal(formatPartialDate(parsePartialDate('2021-04')!), 'April 2021');
  assert.equal(formatPartialDate(parsePartialDate('2021-04-17')!), '17 April 2021');
});

test('sorts by start, the more precise date first on a tie', () => {
  const dates = ['2021-04-17', '2021', '2021-04', '2009', '2021-04-01'].map((d) => parsePartialDate(d)!);
  assert.deepEqual(dates.sort(comparePartialDates).map((d) => d.iso), ['2009', '2021', '2021-04-01', '2021-04', '2021-04-17']);
});
