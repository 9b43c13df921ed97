import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANE_COLOURS, RESPONDENT_COLOURS, laneClass, respondentClass, respondentLayout } from './respondents.ts';

test('respondent and lane colours follow the place in the story, and repeat past the last colour', () => {
  assert.deepEqual([0, 1, 2, 3].map(respondentClass), ['respondent-1', 'respondent-2', 'respondent-3', 'respondent-4']);
  assert.equal(respondentClass(RESPONDENT_COLOURS), 'respondent-1');
  assert.deepEqual([0, 4, 7].map(laneClass), ['lane-1', 'lane-5', 'lane-8']);
  assert.equal(laneClass(LANE_COLOURS + 1), 'lane-2');
});

test('two respondents sit side by side; three or more take a grid', () => {
  assert.deepEqual([2, 3, 5].map(respondentLayout), ['pair', 'grid', 'grid']);
});

test('every colour class has its custom property in the stylesheets', async () => {
  const { readFileSync } = await import('node:fs');
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const global = readFileSync('src/styles/global.css', 'utf8');
  for (let i = 0; i < RESPONDENT_COLOURS; i += 1) {
    assert.match(tokens, new RegExp(`--respondent-${i + 1}:`));
    assert.match(global, new RegExp(`\\.${respondentClass(i)} \\{ --respondent: var\\(--respondent-${i + 1}\\)`));
  }
  for (let i = 0; i < LANE_COLOURS; i += 1) assert.match(tokens, new RegExp(`--lane-${i + 1}:`));
});
