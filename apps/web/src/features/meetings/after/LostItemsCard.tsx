/**
 * The lost property register 《拾遗物品登记表》: found → stored → returned against the owner's signature drawn
 * on the screen; photos of the item; .xlsx export and a printable register. A table on the desk, cards on a phone.
 */
import { useState } from 'react';
import { Button, Card, Empty, List, Space, Table } from 'antd';
import { FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { qs } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { Photos } from '../../../components/files/Photos';
import { SignatureView } from '../../../components/files/SignatureView';
import { useDownload, type AfterData, type LostItem, type Notice } from '../api';
import { fmtAt } from '../labels';
import { LostStatusTag } from './LostStatusTag';
import { LostItemModal, type LostItemMode } from './LostItemModal';

/** Who took the item back and how they signed: the drawing (signer, time) or, on older rows, the typed name. */
export function LostReturned({ l, tz }: { l: LostItem; tz: string }) {
  const { t } = useTranslation('meetings');
  if (l.status !== 'returned') return <>—</>;
  return (
    <div data-testid="lost-returned">
      {l.handedTo}
      {l.ownerIdNumber && <div className="mt-sub">{t('lost.idNumber', { id: l.ownerIdNumber })}</div>}
      {l.signature ? (
        <SignatureView file={l.signature} label={t('lost.ownerSignature')} />
      ) : (
        <div className="mt-sub">
          {t('lost.signedBy', { name: l.ownerSignature ?? '' })} · {fmtAt(l.returnedAt, tz)}
        </div>
      )}
    </div>
  );
}

export function LostItemsCard({ n, data }: { n: Notice; data: AfterData }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const phone = useIsPhone();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const can = session.can('meetings.lost_property');
  const [mode, setMode] = useState<LostItemMode | null>(null);
  const download = useDownload();
  const tap = phone ? { minHeight: 40 } : undefined;
  const actions = (l: LostItem) =>
    can &&
    l.status !== 'returned' && (
      <Space size={phone ? 8 : 4} wrap>
        {l.status === 'found' && (
          <Button size={phone ? 'middle' : 'small'} style={tap} onClick={() => setMode({ kind: 'store', item: l })}>
            {t('lost.store')}
          </Button>
        )}
        <Button
          size={phone ? 'middle' : 'small'}
          style={tap}
          type="primary"
          ghost
          onClick={() => setMode({ kind: 'return', item: l })}
          data-testid="lost-return"
        >
          {t('lost.return')}
        </Button>
      </Space>
    );
  const item = (l: LostItem) => (
    <div>
      {l.item}
      {l.description && <div className="mt-sub">{l.description}</div>}
      {l.photos.length > 0 && (
        <div style={{ marginTop: 4 }}>
          <Photos files={l.photos} size={phone ? 64 : 48} testId="lost-item-photos" />
        </div>
      )}
    </div>
  );
  const found = (l: LostItem) => (
    <div>
      {l.foundPlace}
      <div className="mt-sub">
        {fmtAt(l.foundAt, tz)} · {l.foundBy}
      </div>
    </div>
  );
  return (
    <Card
      size="small"
      title={t('lost.title')}
      data-testid="lost-items"
      extra={
        <Space wrap size={phone ? 8 : 4}>
          <Link to={`/service-notices/${n.id}/lost-items/print`} data-testid="lost-print">
            <Button size={phone ? 'middle' : 'small'} style={tap} icon={<PrinterOutlined />} aria-label={t('lost.print')}>
              {!phone && t('lost.print')}
            </Button>
          </Link>
          {can && (
            <>
              <Button
                size={phone ? 'middle' : 'small'}
                style={tap}
                icon={<FileExcelOutlined />}
                aria-label={t('lost.xlsx')}
                onClick={() =>
                  download.mutate({
                    url: `/lost-items${qs({ propertyId: n.propertyId, noticeId: n.id, format: 'xlsx' })}`,
                    name: 'lost.xlsx',
                  })
                }
              >
                {!phone && t('lost.xlsx')}
              </Button>
              <Button
                size={phone ? 'middle' : 'small'}
                style={tap}
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setMode({ kind: 'new' })}
                data-testid="lost-add"
              >
                {t('lost.register')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      {phone ? (
        data.lostItems.length ? (
          <List
            dataSource={data.lostItems}
            rowKey="id"
            renderItem={(l) => (
              <List.Item key={l.id} data-testid="lost-card" style={{ display: 'block', padding: '10px 0' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
                  <span style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{l.number}</span>
                  <LostStatusTag status={l.status} />
                </div>
                {item(l)}
                <div style={{ marginTop: 4 }}>{found(l)}</div>
                {l.storedPlace && (
                  <div className="mt-sub">
                    {t('lost.storedPlace')}：{l.storedPlace}
                  </div>
                )}
                {l.status === 'returned' && (
                  <div style={{ marginTop: 4 }}>
                    <LostReturned l={l} tz={tz} />
                  </div>
                )}
                <div style={{ marginTop: 8 }}>{actions(l)}</div>
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lost.none')} />
        )
      ) : (
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
            { title: t('lost.item'), render: (_, l) => item(l) },
            { title: t('lost.found'), render: (_, l) => found(l) },
            { title: t('lost.statusCol'), width: 90, render: (_, l) => <LostStatusTag status={l.status} /> },
            { title: t('lost.storedPlace'), render: (_, l) => l.storedPlace ?? '—' },
            { title: t('lost.returnedTo'), render: (_, l) => <LostReturned l={l} tz={tz} /> },
            { title: '', width: 150, render: (_, l) => actions(l) },
          ]}
        />
      )}
      <LostItemModal n={n} mode={mode} onClose={() => setMode(null)} />
    </Card>
  );
}
