/** The JSON shapes of visits, their issues and greeting plans (every field picked by name) with what the reader may do. */
import type { GreetingItem, GreetingPlan, TenantVisit, VisitIssue } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { GreetingItemRow, IssueRow, PlanRow, VisitRow } from './visits.repository.ts';

export function presentIssue(i: IssueRow): VisitIssue {
  const informedAt = [i.calledBackAt, i.caseClosedAt].filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return {
    id: i.id,
    position: i.position,
    content: i.content,
    caseId: i.caseId,
    caseNumber: i.caseNumber,
    caseStatus: i.caseStatus,
    caseOpenedAt: i.caseOpenedAt?.toISOString() ?? null,
    informed: !!informedAt,
    informedAt: informedAt?.toISOString() ?? null,
  };
}

export function presentVisit(actor: Actor, v: VisitRow, issues: IssueRow[]): TenantVisit {
  const may = can(actor, v.propertyId, 'tenants.visits');
  return {
    id: v.id,
    propertyId: v.propertyId,
    organizationId: v.organizationId,
    organizationName: v.organizationName,
    unitId: v.unitId,
    unitCode: v.unitCode,
    state: v.state,
    plannedAt: v.plannedAt.toISOString(),
    place: v.place,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    topics: v.topics,
    visitors: v.visitors,
    visitedAt: v.visitedAt?.toISOString() ?? null,
    metNames: v.metNames,
    opinions: v.opinions,
    satisfaction: v.satisfaction,
    cancelReason: v.cancelReason,
    createdByName: v.createdByName,
    issues: issues.map(presentIssue),
    policies: {
      record: may && v.state === 'planned',
      cancel: may && v.state === 'planned',
      openCase: may && v.state === 'done' && can(actor, v.propertyId, 'cases.intake') && issues.some((i) => !i.caseId),
    },
  };
}

export const presentGreetingItem = (g: GreetingItemRow, units: string[]): GreetingItem => ({
  id: g.id,
  organizationId: g.organizationId,
  organizationName: g.organizationName,
  units,
  giftKind: g.giftKind,
  gift: g.gift,
  giverName: g.giverName,
  doneAt: g.doneAt?.toISOString() ?? null,
  doneByName: g.doneByName,
});

export const presentPlan = (actor: Actor, p: PlanRow, items: GreetingItem[]): GreetingPlan => ({
  id: p.id,
  propertyId: p.propertyId,
  occasion: p.occasion,
  year: p.year,
  occasionDate: p.occasionDate,
  deliverBy: p.deliverBy,
  note: p.note,
  items,
  policies: { edit: can(actor, p.propertyId, 'tenants.visits') },
});
