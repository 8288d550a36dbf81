/** The venue picker's options: grouped by building, searchable by code and name, class and seats shown. */
import { useMemo } from 'react';
import { Tag } from 'antd';
import { CLASS_COLORS } from '../../places/labels';
import type { Venue } from '../../places/api';
import { useBookingLabels } from '../labels';

export function useVenueOptions(venues: Venue[] | undefined) {
  const { t } = useBookingLabels();
  return useMemo(() => {
    const groups = new Map<string, Venue[]>();
    for (const v of venues ?? []) groups.set(v.buildingName, [...(groups.get(v.buildingName) ?? []), v]);
    return [...groups].map(([b, list]) => ({
      label: b,
      title: b,
      options: list.map((v) => ({
        value: v.id,
        disabled: !v.bookable,
        search: `${v.code} ${v.name}`,
        label: (
          <span className="bk-venue-opt">
            <span>
              {v.code} {v.name}
            </span>
            <span className="bk-venue-opt-meta">
              <Tag color={CLASS_COLORS[v.venueClass]} style={{ marginInlineEnd: 4 }}>
                {v.venueClass}
              </Tag>
              {v.seats}
              {t('facts.seats')}
            </span>
          </span>
        ),
      })),
    }));
  }, [venues, t]);
}
