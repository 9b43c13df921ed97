import { en, type UiStrings } from './en.ts';

/** The interface strings of this edition. A second language adds its module and a choice here. */
export const ui: UiStrings = en;
