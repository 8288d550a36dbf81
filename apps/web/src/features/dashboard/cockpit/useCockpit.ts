import { useQuery } from '@tanstack/react-query';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { COCKPIT_TOPICS, cockpitKeys, cockpitQuery } from '../api';

/** The cockpit of the current property, refetched when a live event names a record it counts. */
export function useCockpit(refetchMs?: number) {
  const { propertyId } = useSession();
  useLive(COCKPIT_TOPICS, [cockpitKeys.all], propertyId);
  return useQuery(cockpitQuery(propertyId, refetchMs));
}
