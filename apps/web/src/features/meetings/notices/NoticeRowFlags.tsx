/** A notice row's flags: issued late, ready late, reissued, conference building rule. */
import { Space, Tag, Tooltip } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { noticeQuery, type NoticeRow } from '../api';
import '../meetings.css';

export function NoticeRowFlags({ row }: { row: NoticeRow }) {
  const { t } = useTranslation('meetings');
  const q = useQuery(noticeQuery(row.id));
  const readyLate = q.data?.departments.some((d) => d.readyLate && !d.verifiedAt) ?? false;
  return (
    <Space size={2} wrap style={{ marginTop: 2 }}>
      {row.issuedLate && (
        <Tag className="mt-flag" color="red" data-testid="flag-issued-late">
          {t('list.issuedLate')}
        </Tag>
      )}
      {readyLate && (
        <Tag className="mt-flag" color="volcano" data-testid="flag-ready-late">
          {t('list.readyLate')}
        </Tag>
      )}
      {row.version > 1 && <Tag className="mt-flag">{t('list.version', { v: row.version })}</Tag>}
      {q.data?.conferenceBuilding && (
        <Tooltip title={t('list.rule')}>
          <Tag className="mt-flag" color="purple">
            {t('detail.conference')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
