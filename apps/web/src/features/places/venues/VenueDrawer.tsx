import { Button, Drawer, Space } from 'antd';
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { Confirm } from '../../../components/Confirm';
import { HistoryDrawer } from '../../../components/HistoryDrawer';
import { useArchiveVenue, type Venue } from '../api';
import { VenueDetail } from './VenueDetail';

/** One venue's details in a drawer, with its history, edit and archive. */
export function VenueDrawer({
  venue,
  onClose,
  onEdit,
  onArchived,
}: {
  venue: Venue | null;
  onClose(): void;
  onEdit(v: Venue): void;
  onArchived(v: Venue): void;
}) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const archive = useArchiveVenue(propertyId, { success: t('venues.archived'), onSuccess: onArchived });
  return (
    <Drawer
      open={!!venue}
      onClose={onClose}
      width={680}
      title={venue ? `${venue.code} · ${venue.name}` : t('venues.detail')}
      extra={
        venue && (
          <Space>
            <HistoryDrawer entityType="venue" entityId={venue.id} title={venue.name} />
            {venue.policies.update && (
              <Button icon={<EditOutlined />} onClick={() => onEdit(venue)}>
                {tc('action.edit')}
              </Button>
            )}
            {venue.policies.archive && (
              <Confirm title={t('venues.archiveConfirm')} onConfirm={() => archive.mutate(venue.id)}>
                <Button danger icon={<StopOutlined />} loading={archive.isPending} data-testid="venue-archive">
                  {t('venues.archive')}
                </Button>
              </Confirm>
            )}
          </Space>
        )
      }
    >
      {venue && <VenueDetail venue={venue} />}
    </Drawer>
  );
}
