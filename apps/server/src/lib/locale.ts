import type { FastifyRequest } from 'fastify';

export type Locale = 'zh-CN' | 'en-US';

/** zh-CN unless the client asks for English (Accept-Language or ?lang=). */
export function localeOf(req: FastifyRequest): Locale {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  const h = typeof q === 'string' ? q : (req.headers['accept-language'] ?? '');
  return /^en/i.test(String(h).trim()) ? 'en-US' : 'zh-CN';
}
