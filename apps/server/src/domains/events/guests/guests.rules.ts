/** The pure rules of guests (M13): masking ID numbers, the registration's checks, when registration closes, reminder rounds. */
import { CHOOSABLE_SESSION_KINDS } from '@hy/contracts';

/** 440301199001011234 → 4403**********1234 (short numbers keep only their last two). */
export function maskId(idNo: string | null): string | null {
  if (!idNo) return null;
  if (idNo.length <= 8) return '*'.repeat(Math.max(0, idNo.length - 2)) + idNo.slice(-2);
  return idNo.slice(0, 4) + '*'.repeat(idNo.length - 8) + idNo.slice(-4);
}

/** The last day a guest may register: `closeDays` before the first day (YYYY-MM-DD). */
export function closesOn(startsOn: string, closeDays: number): string {
  const d = new Date(`${startsOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - closeDays);
  return d.toISOString().slice(0, 10);
}

/** Whether registration is open on `today` (the close day itself still counts). */
export const registrationOpen = (today: string, startsOn: string, closeDays: number) => today <= closesOn(startsOn, closeDays);

export interface RegistrationCheck {
  days: string[];
  attendDays: string[];
  meals: string[];
  sessionIds: string[];
  /** the sessions the guest may choose */
  choosable: { id: string; kind: string }[];
  arrivalAt: string | null;
  departureAt: string | null;
  arrivalMode: string | null;
  departureMode: string | null;
}

/** The first problem of a registration as [code, path], or null. */
export function registrationProblem(r: RegistrationCheck): [string, string] | null {
  if (r.attendDays.some((d) => !r.days.includes(d))) return ['guest_day_outside_event', 'attendDays'];
  if (r.meals.some((m) => !r.days.includes(m.slice(0, 10)))) return ['guest_meal_outside_event', 'meals'];
  const ok = new Set(r.choosable.filter((s) => (CHOOSABLE_SESSION_KINDS as readonly string[]).includes(s.kind)).map((s) => s.id));
  if (r.sessionIds.some((id) => !ok.has(id))) return ['guest_session_unknown', 'sessionIds'];
  if (r.arrivalAt && !r.arrivalMode) return ['guest_travel_incomplete', 'arrival.mode'];
  if (r.departureAt && !r.departureMode) return ['guest_travel_incomplete', 'departure.mode'];
  if (r.arrivalAt && r.departureAt && Date.parse(r.departureAt) < Date.parse(r.arrivalAt))
    return ['guest_departure_before_arrival', 'departure.at'];
  return null;
}

/**
 * Whether an invited, unanswered guest is due a reminder on `today`: a round every `everyDays` days counted from the
 * invitation; the guest has had fewer reminders than rounds passed; registration is still open.
 */
export function reminderDue(g: { invitedOn: string; reminders: number }, today: string, everyDays: number, open: boolean): boolean {
  if (!open) return false;
  const days = Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${g.invitedOn}T00:00:00Z`)) / 86_400_000);
  const rounds = Math.floor(days / everyDays);
  return rounds > g.reminders;
}

/** The bilingual invitation text (zh and en) the staff copy and the SMS carries. */
export function invitationText(
  e: { name: string; hostUnit: string; startsOn: string; endsOn: string; place: string | null },
  closes: string,
) {
  const when = e.startsOn === e.endsOn ? e.startsOn : `${e.startsOn} 至 ${e.endsOn}`;
  const whenEn = e.startsOn === e.endsOn ? e.startsOn : `${e.startsOn} to ${e.endsOn}`;
  return {
    zh: `尊敬的嘉宾：${e.hostUnit}定于 ${when}${e.place ? `在${e.place}` : ''}召开「${e.name}」，诚挚邀请您出席。请于 ${closes} 前通过您的专属链接填写报名信息（抵离信息、用餐、住宿需求等）：`,
    en: `Dear guest, ${e.hostUnit} cordially invites you to "${e.name}", ${whenEn}${e.place ? ` at ${e.place}` : ''}. Please register through your personal link by ${closes} (arrival and departure, meals, hotel):`,
  };
}
