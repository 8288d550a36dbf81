/** Suspicious faxes, copies and print-outs reported to security (秩序维护部) at once, and counted (T5). */
import type { BcReportCreate } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import * as repo from './business-center.repository.ts';
import { presentReport } from './business-center.presenter.ts';
import { authorizeDesk, refused } from './business-center.service.ts';

export async function listReports(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'paidservices.read');
  return { data: (await repo.listReports(ctx.db, propertyId)).map(presentReport) };
}

export async function report(ctx: Ctx, input: BcReportCreate) {
  const actor = requireActor(ctx);
  const pid = input.propertyId;
  authorizeDesk(actor, pid);
  if (input.slipId && !(await repo.slipIn(ctx.db, pid, input.slipId))) throw refused(ctx, 'bc_unknown_reference', 'slipId');
  if (input.faxId && !(await repo.faxIn(ctx.db, pid, input.faxId))) throw refused(ctx, 'bc_unknown_reference', 'faxId');
  const now = ctx.now();
  const r = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertReport(tx, {
      propertyId: pid,
      kind: input.kind,
      description: input.description,
      slipId: input.slipId ?? null,
      faxId: input.faxId ?? null,
      reportedAt: now,
      reportedByName: actor.displayName,
      createdAt: now,
    });
    await notify(tx, {
      propertyId: pid,
      roles: ['security'],
      kind: 'paidservices.suspicious_report',
      severity: 'warning',
      message: {
        key: 'paidservices.suspicious_report',
        params: { kind: input.kind, description: input.description, reporter: actor.displayName },
      },
    });
    await audit(tx, ctx, { action: 'bc_report.created', entityType: 'bc_report', entityId: r.id, propertyId: pid, after: r });
    return r;
  });
  return presentReport(r);
}
