import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from '../partialDate.ts';
import { DUTCH_AXIS_DATES, formatPartialDateNl, formatPartialDateRangeNl } from './dutchDates.ts';
import { segmentLabel, segmentTicks } from '../timeline/segments.ts';

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

// The abbreviations Dutch newsrooms print on an axis, written out: no period, lower case ("mrt", not "Mar").
const SHORT_MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month, day));

test('a time axis in Dutch: short months without a period, years bare, days before their month', () => {
  SHORT_MONTHS.forEach((month, index) => {
    assert.equal(DUTCH_AXIS_DATES.shortMonth(utc(2021, index)), month);
    assert.equal(DUTCH_AXIS_DATES.shortMonthYear(utc(2021, index)), `${month} 2021`);
    assert.equal(DUTCH_AXIS_DATES.dayShortMonth(utc(2021, index, 17)), `17 ${month}`);
  });
  assert.equal(DUTCH_AXIS_DATES.year(utc(2021, 11, 31)), '2021');
});

test("the timeline's segment spans and ticks speak Dutch when given the Dutch axis", () => {
  assert.equal(segmentLabel(utc(2021, 2), utc(2021, 5), DUTCH_AXIS_DATES), 'mrt–mei 2021');
  assert.equal(segmentLabel(utc(2018, 0), utc(2021, 2), DUTCH_AXIS_DATES), 'jan 2018–feb 2021');
  assert.equal(segmentLabel(utc(2004, 0), utc(2018, 0), DUTCH_AXIS_DATES), '2004–2017');
  const months = segmentTicks({ from: utc(2018, 0), to: utc(2019, 0), top: 0, bottom: 400 } as Parameters<typeof segmentTicks>[0], 48, DUTCH_AXIS_DATES);
  assert.ok(months.length > 2);
  for (const tick of months) assert.match(tick.label, new RegExp(`^(2018|(${SHORT_MONTHS.join('|')}) 2018)$`), tick.label);
  const days = segmentTicks({ from: utc(2021, 3, 15), to: utc(2021, 3, 22), top: 0, bottom: 400 } as Parameters<typeof segmentTicks>[0], 48, DUTCH_AXIS_DATES);
  for (const tick of days) assert.match(tick.label, /^\d{1,2} apr$/, tick.label);
});
