/**
 * Respondents and lanes are styled by their place in story.yaml, never by a party's name: the
 * first respondent is blue-grey in every story. tokens.css defines four respondent colours and
 * eight lane colours; beyond them the colours repeat.
 */
export const RESPONDENT_COLOURS = 4;
export const LANE_COLOURS = 8;

/** "respondent-1" for the first respondent (index 0), "respondent-1" again for the fifth. */
export function respondentClass(index: number): string {
  return `respondent-${(index % RESPONDENT_COLOURS) + 1}`;
}

/** "lane-1" for the first lane (index 0), repeating after the last lane colour. */
export function laneClass(index: number): string {
  return `lane-${(index % LANE_COLOURS) + 1}`;
}

/** Two respondents sit side by side; three or more need a grid that wraps (on screen, in embeds, on paper). */
export function respondentLayout(count: number): 'pair' | 'grid' {
  return count > 2 ? 'grid' : 'pair';
}
