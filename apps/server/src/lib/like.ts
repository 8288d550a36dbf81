import { sql, type SQL } from 'drizzle-orm';

/** A LIKE/ILIKE pattern that finds `text` anywhere, its own %, _ and \ taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** The text has Chinese characters (a trigram index cannot serve one or two of them; cjk_grams can). */
export const hasCjk = (text: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(text);

/**
 * `expr` contains `text`, through a `cjk_grams(expr)` GIN index (migration 0030): the rows holding every
 * character and character pair of the text, then the exact ILIKE. `expr` must be written exactly as indexed.
 */
export const gramsContain = (expr: SQL, text: string): SQL =>
  sql`(cjk_grams(${expr}) @> cjk_grams(${text}) and ${expr} ilike ${containing(text)})`;
