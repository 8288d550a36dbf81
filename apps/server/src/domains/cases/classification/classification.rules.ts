/** Classification rules (S2, pure): signing off an emergency, and what reclassifying does to its pin. */
import type { PinSubject } from '../case/case.rules.ts';

/** Why an emergency sign-off is refused, or null. */
export function signOffRefusal(c: PinSubject): 'case_not_emergency' | 'already_signed_off' | null {
  if (!c.emergency) return 'case_not_emergency';
  if (c.emergencySignedOffAt) return 'already_signed_off';
  return null;
}

/** Becoming an emergency (again) starts a new pin: the earlier sign-off is cleared. */
export function emergencyPinPatch(wasEmergency: boolean, isEmergency: boolean) {
  return !wasEmergency && isEmergency ? { emergencySignedOffAt: null, emergencySignedOffBy: null, emergencySignOffNote: null } : {};
}
