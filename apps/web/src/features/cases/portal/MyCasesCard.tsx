/**
 * The tenant's own cases, newest first; a click opens one. `only` (the cockpit's tiles): the open ones
 * (a deadline running or paused, as the server states it) or the resolved ones waiting for a rating.
 */
import { Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import type { CaseRow } from '@hy/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { portalCasesQuery } from '../api';
import { useCaseLabels } from '../labels';
import { CaseStatusTag } from '../status/CaseStatusTag';

export type PortalOnly = 'open' | 'to_rate';
const KEEP: Record<PortalOnly, (c: CaseRow) => boolean> = {
  open: (c) => c.slaState !== null,
  to_rate: (c) => c.status === 'resolved',
};

export function MyCasesCard({
  onOpen,
  only = null,
  onShowAll,
}: {
  onOpen(caseId: string): void;
  only?: PortalOnly | null;
  onShowAll?(): void;
}) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const { propertyId } = useSession();
  const mine = useQuery(portalCasesQuery(propertyId));
  const rows = (mine.data?.data ?? []).filter((c) => !only || KEEP[only](c));
  return (
    <Card
      title={t('portal.myCases')}
      size="small"
      extra={
        only && (
          <Tag
            role="button"
            color="processing"
            data-testid="portal-only"
            data-count={rows.length}
            style={{ cursor: 'pointer', minHeight: 40, display: 'inline-flex', alignItems: 'center', gap: 6, marginInlineEnd: 0 }}
            onClick={onShowAll}
          >
            {t(`portal.only.${only}`)} ({rows.length}) <CloseOutlined aria-label={t('portal.showAll')} />
          </Tag>
        )
      }
    >
      {mine.isLoading ? (
        <Spin />
      ) : !rows.length ? (
        <Empty description={t('portal.noCases')} />
      ) : (
        <List
          dataSource={rows}
          data-testid="portal-cases"
          renderItem={(c) => (
            <List.Item
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(c.id)}
              data-testid="portal-case"
              data-number={c.number}
              extra={<CaseStatusTag status={c.status} />}
            >
              <List.Item.Meta
                title={
                  <Space size={6}>
                    <span>{c.number}</span>
                    <Tag style={{ marginInlineEnd: 0 }}>{L.kind(c.kind)}</Tag>
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
                      {c.content}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
