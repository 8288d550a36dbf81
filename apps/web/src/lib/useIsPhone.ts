import { useSyncExternalStore } from 'react';

/** Below this width the app shows its phone layout (bottom bar, cards instead of tables, one-column forms). */
export const PHONE_MAX_WIDTH = 767;
const query = `(max-width: ${PHONE_MAX_WIDTH}px)`;

const subscribe = (onChange: () => void) => {
  const m = window.matchMedia(query);
  m.addEventListener('change', onChange);
  return () => m.removeEventListener('change', onChange);
};

/** Whether the screen is phone-sized: known on the first render (no desk layout flashing on a phone). */
export function useIsPhone() {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
