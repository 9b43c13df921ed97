import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from '../content/siteModel.ts';
import { fixtureContent } from '../content/testFixture.ts';
import { toTimelineInput } from './fromEvents.ts';

const model = buildSiteModel(fixtureContent());

test('an event covers its whole extent: from the start of its date to the end of its "until", or of its date', () => {
  assert.ok(model.events.length > 0);
  for (const event of model.events) {
    const input = toTimelineInput(event);
    assert.equal(input.start.getTime(), event.date.start.getTime(), event.id);
    assert.equal(input.end.getTime(), (event.until ?? event.date).end.getTime(), event.id);
    assert.ok(input.end > input.start, event.id);
    assert.equal(input.isRange, event.until !== undefined, event.id);
    assert.equal(input.precision, event.date.precision, event.id);
    assert.deepEqual([input.id, input.title, input.lane, input.kind, input.dateLabel, input.isArticleUnderReview], [event.id, event.title, event.lane, event.kind, event.dateLabel, event.isArticleUnderReview]);
  }
});

test('a day-dated event spans exactly one day, a month-dated one its month', () => {
  const day = model.events.find((event) => event.date.precision === 'day' && !event.until);
  const month = model.events.find((event) => event.date.precision === 'month' && !event.until);
  if (day) assert.equal(toTimelineInput(day).end.getTime() - toTimelineInput(day).start.getTime(), 86_400_000);
  if (month) {
    const { start, end } = toTimelineInput(month);
    assert.equal(end.getUTCMonth(), (start.getUTCMonth() + 1) % 12);
    assert.equal(end.getUTCDate(), 1);
  }
  assert.ok(day || month, 'the fixture has a day- or month-dated event');
});
