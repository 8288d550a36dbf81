/** The context of the system's own writes (jobs): no actor, zh-CN texts, the job's time. */
import type { Ctx } from '../../../lib/context.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';

export const systemCtx = (db: DbOrTx, now: Date): Ctx => ({ db: db as Db, actor: null, locale: 'zh-CN', production: false, now: () => now });
