/** The lost property register 《拾遗物品登记表》: found → stored → returned against the owner's signature; .xlsx export. */
import { useState } from 'react';
import { Button, Card, Space, Table } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { qs } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { useDownload, type AfterData, type LostItem, type Notice } from '../api';
import { fmtAt } from '../labels';
import { LostStatusTag } from './LostStatusTag';
import { LostItemModal, type LostItemMode } from './LostItemModal';

export function LostItemsCard({ n, data }: { n: Notice; data: AfterData }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const can = session.can('meetings.lost_property');
  const [mode, setMode] = useState<LostItemMode | null>(null);
  const download = useDownload();
  return (
    <Card
      size="small"
      title={t('lost.title')}
      data-testid="lost-items"
      extra={
        can && (
          <Space>
            <Button
              size="small"
              icon={<FileExcelOutlined />}
              onClick={() =>
                download.mutate({
                  url: `/lost-items${qs({ propertyId: n.propertyId, noticeId: n.id, format: 'xlsx' })}`,
                  name: 'lost.xlsx',
                })
              }
            >
              {t('lost.xlsx')}
            </Button>
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setMode({ kind: 'new' })} data-testid="lost-add">
              {t('lost.register')}
            </Button>
          </Space>
        )
      }
    >
      <Table<LostItem>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.lostItems}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('lost.none') }}
        columns={[
          {
            title: t('lost.number'),
            dataIndex: 'number',
            width: 140,
            render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
          },
          {
            title: t('lost.item'),
            render: (_, l) => (
              <div>
                {l.item}
                {l.description && <div className="mt-sub">{l.description}</div>}
              </div>
            ),
          },
          {
            title: t('lost.found'),
            render: (_, l) => (
              <div>
                {l.foundPlace}
                <div className="mt-sub">
                  {fmtAt(l.foundAt, tz)} · {l.foundBy}
                </div>
              </div>
            ),
          },
          { title: t('lost.statusCol'), width: 90, render: (_, l) => <LostStatusTag status={l.status} /> },
          { title: t('lost.storedPlace'), render: (_, l) => l.storedPlace ?? '—' },
          {
            title: t('lost.returnedTo'),
            render: (_, l) =>
              l.status === 'returned' ? (
                <div>
                  {l.handedTo}
                  <div className="mt-sub">
                    {t('lost.signedBy', { name: l.ownerSignature })} · {fmtAt(l.returnedAt, tz)}
                  </div>
                </div>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            width: 150,
            render: (_, l) =>
              can &&
              l.status !== 'returned' && (
                <Space size={4}>
                  {l.status === 'found' && (
                    <Button size="small" onClick={() => setMode({ kind: 'store', item: l })}>
                      {t('lost.store')}
                    </Button>
                  )}
                  <Button size="small" type="primary" ghost onClick={() => setMode({ kind: 'return', item: l })} data-testid="lost-return">
                    {t('lost.return')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <LostItemModal n={n} mode={mode} onClose={() => setMode(null)} />
    </Card>
  );
}
