/**
 * The event's guests (M13): live counts, the list with filters, add/edit, import from .xlsx (all or nothing), export,
 * invitations (SMS/e-mail with the personal link, its QR code), reminders, and the sync to the sessions' sign-in.
 */
import { useRef, useState } from 'react';
import { Alert, Button, Card, Dropdown, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, QrcodeOutlined, SendOutlined, SyncOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { GUEST_KINDS, GUEST_RSVPS, type EventDetail, type GuestRow } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { ApiError } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { countsQuery, guestKeys, guestsQuery, guestWrite, linkQuery, type GuestFilter } from './api';
import { GuestCounts } from './GuestCounts';

const RSVP_COLOR: Record<string, string> = {
  draft: 'default',
  invited: 'blue',
  registered: 'green',
  declined: 'red',
  cancelled: 'default',
};

interface GuestValues {
  name: string;
  kind: 'guest' | 'speaker' | 'staff';
  organization?: string;
  title?: string;
  gender?: 'm' | 'f';
  phone?: string;
  email?: string;
  idNo?: string;
  vip?: boolean;
  notes?: string;
}

function GuestModal({ event, guest, open, onClose }: { event: EventDetail; guest: GuestRow | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('eventGuests');
  const [form] = Form.useForm<GuestValues>();
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation({
    mutationFn: (v: GuestValues) => {
      const body = { ...v, vip: !!v.vip, ...(v.idNo?.includes('*') ? { idNo: undefined } : {}) };
      return guest ? guestWrite.patch(event.id, guest.id, body) : guestWrite.add(event.id, body);
    },
    form,
    invalidate: [guestKeys.all(event.id)],
    success: t('done.saved'),
    onSuccess: onClose,
    onError: setError,
  });
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={guest ? guest.name : t('action.add')}
      form={form}
      name="guest"
      saving={save.isPending}
      error={error}
      onFinish={(v) => save.mutate(v)}
      saveTestId="guest-save"
    >
      <Form.Item name="name" label={t('col.name')} initialValue={guest?.name} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={40} data-testid="guest-name" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="kind" label={t('col.kind')} initialValue={guest?.kind ?? 'guest'}>
          <Select style={{ width: 140 }} options={GUEST_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="gender" label={t('col.gender')} initialValue={guest?.gender ?? undefined}>
          <Select allowClear style={{ width: 100 }} options={(['m', 'f'] as const).map((g) => ({ value: g, label: t(`gender.${g}`) }))} />
        </Form.Item>
        <Form.Item name="vip" label="VIP" valuePropName="checked" initialValue={guest?.vip ?? false}>
          <Switch />
        </Form.Item>
      </Space>
      <Form.Item name="organization" label={t('col.organization')} initialValue={guest?.organization}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="title" label={t('col.title')} initialValue={guest?.title}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="phone" label={t('col.phone')} initialValue={guest?.phone}>
        <Input maxLength={30} inputMode="tel" data-testid="guest-phone" />
      </Form.Item>
      <Form.Item name="email" label={t('col.email')} initialValue={guest?.email}>
        <Input maxLength={120} />
      </Form.Item>
      {event.policies.inner && (
        <Form.Item name="idNo" label={t('col.idNo')} initialValue={guest?.idNo}>
          <Input maxLength={30} />
        </Form.Item>
      )}
      <Form.Item name="notes" label={t('col.notes')} initialValue={guest?.notes}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}

function LinkModal({ eventId, guest, onClose }: { eventId: string; guest: GuestRow | null; onClose: () => void }) {
  const { t } = useTranslation('eventGuests');
  const q = useQuery(linkQuery(eventId, guest?.id ?? null));
  return (
    <Modal open={!!guest} onCancel={onClose} footer={null} title={guest ? t('qrTitle', { name: guest.name }) : ''} destroyOnHidden>
      {q.data && (
        <div style={{ textAlign: 'center' }} data-testid="guest-qr">
          <img src={q.data.pngDataUrl} width={240} height={240} alt="QR" />
          <Typography.Paragraph copyable={{ text: q.data.link }} style={{ wordBreak: 'break-all' }}>
            <a href={q.data.link} target="_blank" rel="noreferrer" data-testid="guest-link">
              {q.data.link}
            </a>
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('qrHint')}</Typography.Text>
        </div>
      )}
    </Modal>
  );
}

export default function GuestsTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventGuests');
  const { me } = useSession();
  const [filter, setFilter] = useState<GuestFilter>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<GuestRow | null | undefined>(undefined);
  const [linkOf, setLinkOf] = useState<GuestRow | null>(null);
  const [importErrors, setImportErrors] = useState<string[] | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const counts = useQuery(countsQuery(event.id));
  const list = useQuery(guestsQuery(event.id, filter));
  const work = event.policies.work;
  const inv = [guestKeys.all(event.id)];

  const importer = useApiMutation({
    mutationFn: (f: File) => guestWrite.import(event.id, f, me?.csrfToken),
    invalidate: inv,
    success: (r) => t('done.imported', { n: r.imported }),
    onSuccess: () => setImportErrors(null),
    onError: (text, err) =>
      err instanceof ApiError && err.problem.fields?.length
        ? setImportErrors(err.problem.fields.map((f) => f.message))
        : setImportErrors([text]),
  });
  const invite = useApiMutation({
    mutationFn: (ids?: string[]) => guestWrite.invite(event.id, ids),
    invalidate: inv,
    success: (r) => t('done.invited', { n: r.invited, sms: r.sms, email: r.email }),
    onSuccess: () => setSelected([]),
  });
  const remind = useApiMutation({
    mutationFn: () => guestWrite.remind(event.id),
    invalidate: inv,
    success: (r) => t('done.reminded', { n: r.reminded }),
  });
  const sync = useApiMutation({
    mutationFn: () => guestWrite.sync(event.id),
    invalidate: inv,
    success: (r) => t('done.synced', { n: r.added, s: r.sessions }),
  });
  const remove = useApiMutation({ mutationFn: (id: string) => guestWrite.remove(event.id, id), invalidate: inv });
  const exporter = useApiMutation({ mutationFn: () => guestWrite.export(event.id, filter) });

  const travel = (at: string | null, ref: string | null, station: string | null) =>
    at ? `${dayjs(at).format('MM-DD HH:mm')} ${ref ?? ''} ${station ?? ''}`.trim() : '';

  return (
    <div data-testid="guests-tab">
      {counts.data && <GuestCounts c={counts.data} />}
      <Card size="small" style={{ marginTop: 12 }}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder={t('filter.rsvp')}
            style={{ width: 120 }}
            value={filter.rsvp}
            onChange={(rsvp) => setFilter({ ...filter, rsvp })}
            options={GUEST_RSVPS.map((r) => ({ value: r, label: t(`rsvp.${r}`) }))}
            data-testid="filter-rsvp"
          />
          <Select
            allowClear
            placeholder={t('filter.kind')}
            style={{ width: 120 }}
            value={filter.kind}
            onChange={(kind) => setFilter({ ...filter, kind })}
            options={GUEST_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <Input.Search
            allowClear
            placeholder={t('filter.organization')}
            style={{ width: 180 }}
            onSearch={(organization) => setFilter({ ...filter, organization })}
          />
          <Input.Search
            allowClear
            placeholder={t('filter.q')}
            style={{ width: 180 }}
            onSearch={(q) => setFilter({ ...filter, q })}
            data-testid="filter-q"
          />
          {event.policies.inner && (
            <Space size={4}>
              <Switch size="small" checked={!!filter.reveal} onChange={(reveal) => setFilter({ ...filter, reveal })} />
              {t('action.reveal')}
            </Space>
          )}
        </Space>
        {work && (
          <Space wrap style={{ marginBottom: 12 }}>
            <Button icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="guest-add">
              {t('action.add')}
            </Button>
            <Button icon={<UploadOutlined />} loading={importer.isPending} onClick={() => file.current?.click()} data-testid="guest-import">
              {t('action.import')}
            </Button>
            <input
              ref={file}
              type="file"
              accept=".xlsx"
              hidden
              data-testid="guest-import-file"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) importer.mutate(f);
                e.target.value = '';
              }}
            />
            <Dropdown
              menu={{
                items: [
                  { key: 'sel', label: t('action.inviteSelected', { n: selected.length }), disabled: !selected.length },
                  { key: 'all', label: t('action.inviteAll') },
                ],
                onClick: ({ key }) => invite.mutate(key === 'sel' ? selected : undefined),
              }}
            >
              <Button type="primary" icon={<SendOutlined />} loading={invite.isPending} data-testid="guest-invite">
                {t('action.invite')}
              </Button>
            </Dropdown>
            <Button onClick={() => remind.mutate()} loading={remind.isPending} data-testid="guest-remind">
              {t('action.remind')}
            </Button>
            <Button icon={<SyncOutlined />} onClick={() => sync.mutate()} loading={sync.isPending}>
              {t('action.sync')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => exporter.mutate()} loading={exporter.isPending}>
              {t('action.export')}
            </Button>
          </Space>
        )}
        {work && <Typography.Paragraph type="secondary">{t('importHint')}</Typography.Paragraph>}
        {importErrors && (
          <Alert
            type="error"
            showIcon
            closable
            onClose={() => setImportErrors(null)}
            style={{ marginBottom: 12 }}
            message={t('importErrors')}
            description={importErrors.map((e) => (
              <div key={e}>{e}</div>
            ))}
            data-testid="guest-import-errors"
          />
        )}
        <Table<GuestRow>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.data ?? []}
          pagination={{ pageSize: 50, showTotal: (n) => `${n}` }}
          scroll={{ x: 1300 }}
          rowSelection={
            work
              ? {
                  selectedRowKeys: selected,
                  onChange: (k) => setSelected(k as string[]),
                  getCheckboxProps: (g) => ({ disabled: g.rsvp !== 'draft' }),
                }
              : undefined
          }
          columns={[
            {
              title: t('col.name'),
              dataIndex: 'name',
              fixed: 'left',
              render: (n: string, g) => (
                <Space size={4}>
                  {n}
                  {g.vip && <Tag color="gold">VIP</Tag>}
                  {g.kind !== 'guest' && <Tag>{t(`kind.${g.kind}`)}</Tag>}
                </Space>
              ),
            },
            { title: t('col.organization'), dataIndex: 'organization', ellipsis: true },
            { title: t('col.title'), dataIndex: 'title', ellipsis: true },
            { title: t('col.phone'), dataIndex: 'phone' },
            {
              title: t('col.rsvp'),
              dataIndex: 'rsvp',
              render: (r: string, g) => (
                <Space size={2}>
                  <Tag color={RSVP_COLOR[r]} data-testid="guest-rsvp">
                    {t(`rsvp.${r}`)}
                  </Tag>
                  {g.reminders > 0 && <Typography.Text type="secondary">×{g.reminders}</Typography.Text>}
                </Space>
              ),
            },
            { title: t('col.arrival'), render: (_: unknown, g) => travel(g.arrivalAt, g.arrivalRef, g.arrivalStation) },
            { title: t('col.departure'), render: (_: unknown, g) => travel(g.departureAt, g.departureRef, g.departureStation) },
            { title: t('col.hotel'), dataIndex: 'hotelWish', render: (h: string) => (h === 'none' ? '' : t(`hotelWish.${h}`)) },
            {
              title: t('col.dietary'),
              dataIndex: 'dietary',
              render: (d: string, g) => (d === 'none' ? '' : `${t(`dietary.${d}`)}${g.dietaryNote ? `（${g.dietaryNote}）` : ''}`),
            },
            { title: t('col.companions'), render: (_: unknown, g) => g.companions.map((c) => c.name).join('、') },
            { title: t('col.idNo'), dataIndex: 'idNo' },
            {
              title: '',
              fixed: 'right',
              render: (_: unknown, g) => (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    icon={<QrcodeOutlined />}
                    onClick={() => setLinkOf(g)}
                    title={t('action.link')}
                    data-testid="guest-link-open"
                  />
                  {work && (
                    <Button type="link" size="small" onClick={() => setEditing(g)}>
                      {t('action.edit')}
                    </Button>
                  )}
                  {work && g.rsvp === 'draft' && (
                    <Popconfirm title={t('action.remove')} onConfirm={() => remove.mutate(g.id)}>
                      <Button type="link" size="small" danger>
                        {t('action.remove')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing !== undefined && <GuestModal event={event} guest={editing} open onClose={() => setEditing(undefined)} />}
      <LinkModal eventId={event.id} guest={linkOf} onClose={() => setLinkOf(null)} />
    </div>
  );
}
