/**
 * Rounds (T2), pure: who is on duty for a round (the roster), who walks it, the refusals of a walk, the
 * outcome of a checklist answer, and what a round's state is once its window has passed.
 */
export interface Candidate {
  id: string;
  name: string;
  disabled: boolean;
  /** Still holds the plan's role (or any role) in the property. */
  member: boolean;
  /** Holds a role with set working hours (Monday–Friday by the work calendar). */
  fixedHours: boolean;
  /** The roster holds shifts of this person in the week around the day. */
  rostered: boolean;
  /** A roster shift of this person on the day. */
  shiftThatDay: boolean;
}

/** On duty on the day: not disabled, still a member; the roster when it is used, else the role's working days. */
export function onDuty(c: Candidate, workingDay: boolean): boolean {
  if (c.disabled || !c.member) return false;
  if (c.rostered) return c.shiftThatDay;
  if (c.fixedHours) return workingDay;
  return true;
}

/**
 * Who walks the round: the plan's assignee when on duty; otherwise the on-duty holder of the role with the
 * fewest rounds that day (then by name); reassignedFrom names the assignee who was off. Nobody on duty:
 * the round is created unassigned (any inspector may take it).
 */
export function chooseInspector(
  assignee: Candidate | null,
  roleHolders: Candidate[],
  workingDay: boolean,
  load: ReadonlyMap<string, number>,
): { id: string; name: string; reassignedFrom: string | null } | null {
  if (assignee && onDuty(assignee, workingDay)) return { id: assignee.id, name: assignee.name, reassignedFrom: null };
  const pool = roleHolders
    .filter((c) => c.id !== assignee?.id && onDuty(c, workingDay))
    .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
  const next = pool[0];
  return next ? { id: next.id, name: next.name, reassignedFrom: assignee?.id ?? null } : null;
}

export type RoundRefusal = 'round_closed' | 'round_held_by_other' | null;
/** Whether the actor may walk (visit, complete) the round. */
export function walkRefusal(r: { state: string; assigneeId: string | null }, actorId: string): RoundRefusal {
  if (r.state === 'completed' || r.state === 'missed') return 'round_closed';
  if (r.assigneeId && r.assigneeId !== actorId) return 'round_held_by_other';
  return null;
}

/** The checkpoints of the round not yet visited with results. */
export const unvisited = (checkpointIds: string[], visitedWithResults: ReadonlySet<string>) =>
  checkpointIds.filter((id) => !visitedWithResults.has(id));

/** A round whose window has ended: not started → missed; running → stays open (completed late). */
export const missedAt = (r: { state: string; windowEnd: Date }, now: Date) =>
  r.state === 'scheduled' && now.getTime() >= r.windowEnd.getTime();
/** Completed after the window's end. */
export const isLate = (windowEnd: Date, completedAt: Date) => completedAt.getTime() > windowEnd.getTime();

export interface ItemSpec {
  kind: 'pass_fail' | 'number' | 'text' | 'photo';
  minValue: number | null;
  maxValue: number | null;
  photoRequired: boolean;
}
export interface Answer {
  outcome?: 'pass' | 'fail' | 'na';
  valueNumber?: number | null;
  valueText?: string | null;
  photoFileIds?: string[];
}
/**
 * The outcome of an answer, or what is missing: a number outside [min, max] fails (inside passes, unless the
 * inspector says fail); pass/fail needs an outcome; a text needs text; a photo item or a photo-required item
 * needs a photo (unless not applicable).
 */
export function outcomeOf(item: ItemSpec, a: Answer): { outcome: 'pass' | 'fail' | 'na' } | { missing: 'outcome' | 'value' | 'photo' } {
  if (a.outcome === 'na') return { outcome: 'na' };
  const photos = a.photoFileIds?.length ?? 0;
  let outcome: 'pass' | 'fail';
  switch (item.kind) {
    case 'number': {
      if (a.valueNumber === null || a.valueNumber === undefined) return { missing: 'value' };
      const out = (item.minValue !== null && a.valueNumber < item.minValue) || (item.maxValue !== null && a.valueNumber > item.maxValue);
      outcome = out || a.outcome === 'fail' ? 'fail' : 'pass';
      break;
    }
    case 'text':
      if (!a.valueText?.trim()) return { missing: 'value' };
      outcome = a.outcome ?? 'pass';
      break;
    case 'photo':
      if (!photos) return { missing: 'photo' };
      outcome = a.outcome ?? 'pass';
      break;
    default:
      if (!a.outcome) return { missing: 'outcome' };
      outcome = a.outcome;
  }
  if (item.photoRequired && !photos) return { missing: 'photo' };
  return { outcome };
}
