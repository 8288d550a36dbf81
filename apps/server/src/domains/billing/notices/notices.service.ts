/**
 * Payment notices (T4 《物业管理缴费单》): one per tenant company when the month's receivables are fully signed.
 */
import type { Tx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';

/**
 * Called by the month's last signature, inside its transaction: issues each company's notice of the month
 * (numbered, with its lines and its amount), or none of them.
 */
export async function issueNotices(_tx: Tx, _ctx: Ctx, _monthId: string): Promise<void> {}
