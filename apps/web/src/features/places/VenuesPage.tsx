import { useState } from 'react';
import { Alert, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { useBuildings, type Venue } from './api';
import { usePlaceLabels } from './labels';
import { VenueDrawer } from './venues/VenueDrawer';
import { VenueFilters, type VenueFilterValues } from './venues/VenueFilters';
import { VenueForm } from './venues/VenueForm';
import { VenueTable } from './venues/VenueTable';

/** /venues: the property's venues, filtered; details in a drawer, create and edit for managers. */
export default function VenuesPage() {
  const { t } = usePlaceLabels();
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');
  const [filters, setFilters] = useState<VenueFilterValues>({ equipment: [] });
  const [detail, setDetail] = useState<Venue | null>(null);
  const [editing, setEditing] = useState<{ venue: Venue | null } | null>(null);
  const buildings = useBuildings(propertyId);

  return (
    <>
      <PageHeader
        title={t('venues.title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ venue: null })}
              data-testid="venue-create"
              disabled={!buildings.data?.length}
            >
              {t('venues.create')}
            </Button>
          )
        }
      />
      {canManage && buildings.isSuccess && buildings.data.length === 0 && (
        <Alert type="info" showIcon message={t('venues.noBuildings')} style={{ marginBottom: 12 }} />
      )}
      <VenueFilters filters={filters} onChange={setFilters} />
      <VenueTable filters={filters} onOpen={setDetail} onEdit={(v) => setEditing({ venue: v })} />
      <VenueDrawer venue={detail} onClose={() => setDetail(null)} onEdit={(v) => setEditing({ venue: v })} onArchived={setDetail} />
      <VenueForm
        open={!!editing}
        venue={editing?.venue ?? null}
        onClose={() => setEditing(null)}
        onSaved={(v) => {
          setEditing(null);
          if (detail) setDetail(v);
        }}
      />
    </>
  );
}
