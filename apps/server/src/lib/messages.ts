/**
 * The one zh/en message helper for texts a service writes itself (error details, notification
 * lines): the reader's language picks one of the two. Stable texts with keys belong in
 * packages/contracts (error codes) or the web's i18n resources.
 */
import type { Locale } from './locale.ts';

export const say = (ctx: { locale: Locale }, zh: string, en: string) => (ctx.locale === 'en-US' ? en : zh);
