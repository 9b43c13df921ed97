import { en, type UiStrings } from './en.ts';
import { nl } from './nl.ts';
import { formatPartialDate } from '../lib/partialDate.ts';
import { DUTCH_AXIS_DATES, formatPartialDateNl } from '../lib/i18n/dutchDates.ts';
import { ENGLISH_AXIS_DATES, type AxisDates } from '../lib/dateFormats.ts';
import { localePaths, toLocale, type Locale, type PATHS } from '../lib/paths.ts';
import type { PartialDate } from '../lib/partialDate.ts';

/** The interface strings of each edition. A third language adds its module and a line here. */
const STRINGS: Record<Locale, UiStrings> = { en, nl };
const DATE_FORMATS: Record<Locale, (date: Pick<PartialDate, 'precision' | 'start'>) => string> = { en: formatPartialDate, nl: formatPartialDateNl };
const AXIS_DATES: Record<Locale, AxisDates> = { en: ENGLISH_AXIS_DATES, nl: DUTCH_AXIS_DATES };

/** What a component needs to speak its page's language. */
export interface Edition {
  locale: Locale;
  /** Every interface string, in this edition's language. */
  ui: UiStrings;
  /** A date at its own precision, as this edition's readers write it ("17 April 2021", "17 april 2021"). */
  formatDate: (date: Pick<PartialDate, 'precision' | 'start'>) => string;
  /** The short dates of a time axis ("Apr 2021", "apr 2021"). */
  axisDates: AxisDates;
  /** Site paths of the pages in this edition (English at the root, Dutch under nl/). */
  PATHS: typeof PATHS;
}

/**
 * The edition of the page being rendered, from Astro.currentLocale (which Astro's i18n routing derives
 * from the URL, or from the `locale` param of a route that renders both editions). Components call it
 * themselves rather than take a prop through every layer: a page has one language, and every component
 * on it reads the same one.
 */
export function edition(currentLocale: string | undefined): Edition {
  const locale = toLocale(currentLocale);
  return { locale, ui: STRINGS[locale], formatDate: DATE_FORMATS[locale], axisDates: AXIS_DATES[locale], PATHS: localePaths(locale) };
}

/** The interface strings of one edition (for code outside a component: endpoints, src/lib callers). */
export const uiFor = (currentLocale: string | undefined): UiStrings => STRINGS[toLocale(currentLocale)];
