import { useIsPhone } from '../../lib/useIsPhone';
import { DeskShell } from './DeskShell';
import { PhoneShell } from './PhoneShell';

/** The signed-in frame: a phone layout up to 767 px, the desk layout above. */
export function Shell() {
  return useIsPhone() ? <PhoneShell /> : <DeskShell />;
}
