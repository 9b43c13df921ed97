/**
 * Keeps the Dutch edition in step with the English (issue 13).
 *   npm run translations:check            lists every Dutch entry behind its English entry; exits 1 if any
 *   npm run translations:stamp [-- ids]   records that the Dutch covers the English as it is now
 *                                         (all entries, or only those named as "id" or "kind/id")
 * Stamp after translating a change, never instead of it: the stamp is the translator's word that
 * the Dutch says what the English says.
 */
import { hasDutchEdition, readTranslatedContent, stampTranslations } from './lib/translationFiles.ts';
import { staleTranslations } from '../src/lib/i18n/translationStamps.ts';

const contentDir = process.env.CONTENT_DIR ?? './src/content';
const [command, ...ids] = process.argv.slice(2);

if (!hasDutchEdition(contentDir)) {
  console.log(`${contentDir} has no Dutch edition (no nl/ folder): nothing to ${command ?? 'check'}.`);
} else if (command === 'stamp') {
  const written = stampTranslations(contentDir, ids);
  console.log(written.length > 0 ? `Stamped:\n${written.map((file) => `  ${file}`).join('\n')}` : 'Every stamp was already current.');
} else if (command === 'check') {
  const report = staleTranslations(readTranslatedContent(contentDir));
  for (const line of report) console.error(`${line.filePath ? `${line.filePath} → ` : ''}${line.message}`);
  console.log(report.length === 0 ? 'The Dutch edition is in step with the English.' : `${report.length} Dutch ${report.length === 1 ? 'entry is' : 'entries are'} behind the English.`);
  if (report.length > 0) process.exitCode = 1;
} else {
  console.error('usage: node scripts/translations.ts check | stamp [id|kind/id …]');
  process.exitCode = 2;
}
