/** The directory's pure rules: pinyin initials for search and the A–Z mail pigeonhole. */
import { pinyin } from 'pinyin-pro';

/**
 * Lower-case initials of a name: pinyin initials of its Chinese characters (a person's surname read as a
 * surname: 单 is "s"), letters and digits of other text kept ("IBM中国" → "ibmzg").
 */
export function initialsOf(name: string, person = false): string {
  let out = '';
  for (const part of name.match(/[\u3400-\u9fff]+|[A-Za-z0-9]+/g) ?? []) {
    if (/^[A-Za-z0-9]+$/.test(part)) out += part.toLowerCase();
    else
      out += pinyin(part, { pattern: 'first', toneType: 'none', type: 'array', ...(person && out === '' ? { surname: 'head' } : {}) })
        .join('')
        .toLowerCase();
  }
  return out;
}

/** The A–Z pigeonhole of a name (its first letter's), "#" when it has no letter at all. */
export function pigeonholeOf(name: string, person = false): string {
  const first = initialsOf(name, person).match(/[a-z]/);
  return first ? first[0].toUpperCase() : '#';
}

/** A search text as typed at the desk: trimmed, and lower-case when it could be initials. */
export function normalizeQuery(q: string | undefined): { text: string; initials: string | null; digits: string | null } | null {
  const text = (q ?? '').trim();
  if (!text) return null;
  return {
    text,
    initials: /^[A-Za-z]{1,12}$/.test(text) ? text.toLowerCase() : null,
    digits: /^[0-9-]{3,20}$/.test(text) ? text.replace(/-/g, '') : null,
  };
}
