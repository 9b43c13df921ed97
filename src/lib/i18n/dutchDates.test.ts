import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from '../partialDate.ts';
import { formatPartialDateNl, formatPartialDateRangeNl } from './dutchDates.ts';

// Written out here, not computed: the expectation must not come from the code under test.
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const date = (text: string) => parsePartialDate(text)!;

test('each precision as Dutch newsrooms write it, months in lower case', () => {
  assert.equal(formatPartialDateNl(date('2009')), '2009');
  MONTHS.forEach((month, index) => {
    const mm = String(index + 1).padStart(2, '0');
    assert.equal(formatPartialDateNl(date(`2021-${mm}`)), `${month} 2021`);
    assert.equal(formatPartialDateNl(date(`2021-${mm}-01`)), `1 ${month} 2021`);
  });
  assert.equal(formatPartialDateNl(date('2021-04-17')), '17 april 2021');
  assert.equal(formatPartialDateNl(date('2020-02-29')), '29 februari 2020');
  assert.equal(formatPartialDateNl(date('2021-12-31')), '31 december 2021');
});

test('a span joins its two ends with a spaced dash', () => {
  assert.equal(formatPartialDateRangeNl(date('2009'), date('2010')), '2009 – 2010');
  assert.equal(formatPartialDateRangeNl(date('2024-01'), date('2024-03')), 'januari 2024 – maart 2024');
  assert.equal(formatPartialDateRangeNl(date('2021-04-17')), '17 april 2021');
});
