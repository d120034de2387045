// The addresses and embed codes of a class group: the class link, the embeds with the group set, and the results link.

import type { GroupCreated } from '../../contract/api.ts';
import type { Lang, QuizFile } from '../../contract/quiz.ts';
import { groupInfo } from './record.ts';
import { snippets } from '../pages/snippets.ts';
import { embedUrl, groupApiPath, groupResultsPath } from '../../contract/links.ts';
import type { GroupRecord } from '../store.ts';

/** The group's results page; `key` is the secret, so this address is only ever given to the group's creator. */
export function groupResultsUrl(origin: string, group: GroupRecord, key: string, lang?: Lang): string {
  const params = new URLSearchParams({ key });
  if (lang && lang !== 'en') params.set('lang', lang);
  return `${origin}${groupResultsPath(group.quizId, group.code)}?${params}`;
}

export function groupApiUrl(origin: string, group: GroupRecord, key: string, format: 'json' | 'csv'): string {
  const file = format === 'csv' ? 'results.csv' : 'results';
  return `${origin}${groupApiPath(group.quizId, group.code)}/${file}?key=${encodeURIComponent(key)}`;
}

/**
 * Everything the creator needs, once. The class link and the embed codes carry only the join code,
 * which students see anyway; the secret appears in the results addresses alone.
 */
export function groupCreated(
  origin: string,
  quiz: QuizFile,
  group: GroupRecord,
  key: string,
  lang?: Lang,
): GroupCreated {
  const options = { group: group.code, ...(lang && lang !== 'en' ? { lang } : {}) };
  const code = snippets(origin, quiz, options);
  return {
    group: { ...groupInfo(group), name: group.name },
    links: {
      classLink: embedUrl(origin, quiz.id, options),
      results: groupResultsUrl(origin, group, key, lang),
      json: groupApiUrl(origin, group, key, 'json'),
      csv: groupApiUrl(origin, group, key, 'csv'),
    },
    snippets: { script: code.script, placeholder: code.placeholder, iframe: code.iframe },
  };
}
