/** The pinned strip of the case list (S2/S4): emergencies not signed off yet, any status, whatever the filters and paging. */
import { useState } from 'react';
import { Alert, Button, Typography } from 'antd';
import { AlertFilled } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { usePinnedCases } from './api';
import { CaseStatusTag } from './status/CaseStatusTag';

const SHOWN = 5;

export function PinnedEmergencies({ propertyId }: { propertyId: string | null }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const [all, setAll] = useState(false);
  const { data } = usePinnedCases(propertyId);
  if (!data?.length) return null;
  const shown = all ? data : data.slice(0, SHOWN);
  return (
    <Alert
      type="error"
      showIcon
      icon={<AlertFilled />}
      style={{ marginBottom: 12, alignItems: 'flex-start' }}
      data-testid="pinned-emergencies"
      message={<Typography.Text strong>{t('pinned.title', { count: data.length })}</Typography.Text>}
      description={
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('pinned.hint')}
          </Typography.Text>
          <ul style={{ listStyle: 'none', margin: '6px 0 0', padding: 0 }}>
            {shown.map((c) => (
              <li
                key={c.id}
                data-testid="pinned-emergency"
                data-number={c.number}
                style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '3px 0', borderTop: '1px solid #ffccc7', minWidth: 0 }}
              >
                <Typography.Link
                  strong
                  href={`/cases/${c.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(`/cases/${c.id}`);
                  }}
                  style={{ flex: 'none', width: 150 }}
                >
                  {c.number}
                </Typography.Link>
                <span style={{ flex: 'none' }}>
                  <CaseStatusTag status={c.status} />
                </span>
                <Typography.Text ellipsis={{ tooltip: c.content }} style={{ flex: 1, minWidth: 0 }}>
                  {[c.location, c.content].filter(Boolean).join(' · ')}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
                  {dayjs(c.createdAt).format('MM-DD HH:mm')}
                </Typography.Text>
              </li>
            ))}
          </ul>
          {data.length > SHOWN && (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setAll(!all)}>
              {all ? t('pinned.showLess') : t('pinned.showAll', { count: data.length })}
            </Button>
          )}
        </div>
      }
    />
  );
}
