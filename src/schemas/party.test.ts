/** The parties: who they are, and what the methodology page says about their right of reply. */
import { test } from 'node:test';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { partySchema } = await loadSchema<typeof import('./party.ts')>('party');

const party = { name: 'Operator A', shortName: 'A', role: 'telecom operator', description: 'An operator.' };
const asked = { asked: true, askedOn: '2026-11-20', reply: 'It declined to comment.', responsesFrom: 'Its public statements.' };
const BOTH_OR_NEITHER = 'give "askedOn" and "reply" when "asked" is true, and neither when it is false';

const cases: Case[] = [
  { name: 'a party without a right-of-reply note', input: party, issues: [] },
  { name: 'a respondent that was asked, with the day and its reply', input: { ...party, rightOfReply: asked }, issues: [] },
  { name: 'a respondent that was not asked', input: { ...party, rightOfReply: { asked: false, responsesFrom: 'Its public statements.' } }, issues: [] },
  { name: 'an empty name', input: { ...party, name: '' }, issues: [{ path: 'name', message: /expected string to have >=1 characters/ }] },
  { name: 'no short name for the charts', input: { ...party, shortName: undefined }, issues: [{ path: 'shortName', message: /expected string, received undefined/ }] },
  { name: 'asked, but no reply given', input: { ...party, rightOfReply: { ...asked, reply: undefined } }, issues: [{ path: 'rightOfReply', message: BOTH_OR_NEITHER }] },
  { name: 'not asked, yet a day of asking', input: { ...party, rightOfReply: { ...asked, asked: false, reply: undefined } }, issues: [{ path: 'rightOfReply', message: BOTH_OR_NEITHER }] },
  { name: 'asked on a month, not a day', input: { ...party, rightOfReply: { ...asked, askedOn: '2026-11' } }, issues: [{ path: 'rightOfReply.askedOn', message: 'expected a full date "YYYY-MM-DD"' }] },
  { name: 'no word on where the responses come from', input: { ...party, rightOfReply: { ...asked, responsesFrom: undefined } }, issues: [{ path: 'rightOfReply.responsesFrom', message: /expected string, received undefined/ }] },
];

for (const { name, input, issues } of cases) {
  test(`party schema: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path).join(', ')}`}`, () => {
    assertIssues(partySchema, input, issues);
  });
}
