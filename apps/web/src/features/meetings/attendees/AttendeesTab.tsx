/**
 * 参会人员 tab (SPEC M11; seed 001): the attendee list (add, .xlsx import with per-row errors, desk
 * sign-in), the meeting's QR sign-in code, the live sign-in count (updated by the live
 * meetings.sign_in events) and the agenda / attendee handbook editor.
 */
import { useEffect, useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  Col,
  Form,
  Image,
  Input,
  Modal,
  Popconfirm,
  Progress,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { CheckOutlined, QrcodeOutlined, SaveOutlined, StopOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AttendeeBody } from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import {
  attendeesQuery,
  meetingPageQuery,
  signInCodeQuery,
  useAddAttendee,
  useAttendeeSignInCode,
  useImportAttendees,
  useRevokeSignInCode,
  useSaveMeetingPage,
  useSignInAttendee,
  type Attendee,
  type Notice,
  type SignInCode,
} from '../api';
import { signInLink } from './signInLink';
import { useLiveSignInCount } from './useLiveSignInCount';
import { fmtAt } from '../labels';

interface ImportError {
  row: number;
  field: string;
  message: string;
}

export function AttendeesTab({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const { message } = App.useApp();
  useLiveSignInCount(n.id);
  const page = useQuery(meetingPageQuery(n.id));
  const list = useQuery(attendeesQuery(n.id));
  const code = useQuery(signInCodeQuery(n.id));
  const [adding, setAdding] = useState(false);
  const [addForm] = Form.useForm();
  const [pageForm] = Form.useForm<{ agenda?: string; handbook?: string }>();
  const [importErrors, setImportErrors] = useState<ImportError[] | null>(null);
  const [personal, setPersonal] = useState<{ a: Attendee; code: SignInCode } | null>(null);
  const importer = useImportAttendees({
    success: (r) => t('att.imported', { count: r.imported }),
    onError: (text, err) => {
      if (err instanceof ApiError && err.problem.fields?.length) {
        setImportErrors(
          err.problem.fields.map((f) => {
            const m = /^rows\.(\d+)\.(.+)$/.exec(f.path);
            return m ? { row: Number(m[1]), field: m[2]!, message: f.message } : { row: 0, field: f.path, message: f.message };
          }),
        );
      } else message.error(text);
    },
  });
  const revoke = useRevokeSignInCode({ success: t('att.revoked'), onSuccess: () => void code.refetch() });
  const signIn = useSignInAttendee({
    success: (_, id) => t('att.signedMsg', { name: list.data?.data.find((a) => a.id === id)?.name ?? '' }),
  });
  const personalCode = useAttendeeSignInCode();
  const savePage = useSaveMeetingPage({ form: pageForm, success: t('att.pageSaved') });
  const add = useAddAttendee({ form: addForm, success: t('att.added'), onSuccess: () => setAdding(false) });
  const [search, setSearch] = useState('');
  useEffect(() => {
    if (page.data) pageForm.setFieldsValue({ agenda: page.data.agenda ?? '', handbook: page.data.handbook ?? '' });
  }, [page.data, pageForm]);

  const count = page.data?.count ?? list.data?.count ?? { total: 0, signedIn: 0 };
  const rows = (list.data?.data ?? []).filter((a) => !search || [a.name, a.organization, a.phone, a.seat].some((x) => x?.includes(search)));

  function doImport(file: File) {
    setImportErrors(null);
    importer.mutate({ noticeId: n.id, file, csrfToken: session.me?.csrfToken });
    return false;
  }

  const fieldLabel = (f: string) =>
    ['name', 'organization', 'title', 'phone', 'seat', 'note'].includes(f) ? t(`att.${f}`) : f === 'file' ? t('att.file') : f;
  return (
    <div data-testid="attendees-tab">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small" title={t('att.live')} data-testid="sign-in-count" data-signed={count.signedIn} data-total={count.total}>
            <Statistic
              value={count.signedIn}
              suffix={`/ ${count.total}`}
              valueStyle={{ fontSize: 32, fontVariantNumeric: 'tabular-nums' }}
            />
            <Progress percent={count.total ? Math.round((count.signedIn / count.total) * 100) : 0} size="small" />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('att.liveHint')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card
            size="small"
            title={t('att.qr')}
            data-testid="sign-in-qr"
            extra={
              <Popconfirm title={t('att.revokeConfirm')} overlayStyle={{ maxWidth: 320 }} onConfirm={() => revoke.mutate(n.id)}>
                <Button size="small" danger icon={<StopOutlined />}>
                  {t('att.revoke')}
                </Button>
              </Popconfirm>
            }
          >
            {code.isLoading ? (
              <Skeleton.Image active />
            ) : code.data ? (
              <div className="mt-qr">
                <Image src={code.data.pngDataUrl} width={148} height={148} alt={t('att.qr')} preview={{ mask: t('att.enlarge') }} />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Typography.Paragraph style={{ marginBottom: 6 }}>{t('att.qrHint')}</Typography.Paragraph>
                  <Typography.Paragraph copyable={{ text: signInLink(code.data.url) }} className="mt-link" style={{ marginBottom: 6 }}>
                    <a href={code.data.url} target="_blank" rel="noreferrer">
                      {signInLink(code.data.url)}
                    </a>
                  </Typography.Paragraph>
                </div>
              </div>
            ) : (
              <Alert type="error" message={t('err.failed')} />
            )}
          </Card>
        </Col>
      </Row>

      <Card
        size="small"
        title={t('att.list')}
        style={{ marginTop: 16 }}
        extra={
          <Space wrap>
            <Input.Search
              allowClear
              size="small"
              placeholder={t('att.search')}
              onChange={(e) => setSearch(e.target.value.trim())}
              style={{ width: 180 }}
            />
            <Upload
              accept=".xlsx"
              showUploadList={false}
              beforeUpload={(f) => {
                void doImport(f);
                return false;
              }}
            >
              <Button size="small" icon={<UploadOutlined />} loading={importer.isPending} data-testid="att-import">
                {t('att.import')}
              </Button>
            </Upload>
            <Button
              size="small"
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => {
                addForm.resetFields();
                setAdding(true);
              }}
              data-testid="att-add"
            >
              {t('att.add')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {t('att.importHint')}
        </Typography.Paragraph>
        {importErrors && (
          <Alert
            type="error"
            showIcon
            closable
            onClose={() => setImportErrors(null)}
            style={{ marginBottom: 12 }}
            data-testid="import-errors"
            message={t('att.importFailed', { count: importErrors.length })}
            description={
              <Table<ImportError>
                size="small"
                pagination={importErrors.length > 10 ? { pageSize: 10, size: 'small' } : false}
                rowKey={(r, i) => `${r.row}-${r.field}-${i}`}
                dataSource={importErrors}
                columns={[
                  { title: t('att.row'), dataIndex: 'row', width: 70, render: (v: number) => (v ? t('att.rowN', { n: v }) : '—') },
                  { title: t('att.field'), dataIndex: 'field', width: 110, render: (f: string) => fieldLabel(f) },
                  { title: t('att.error'), dataIndex: 'message' },
                ]}
              />
            }
          />
        )}
        <Table<Attendee>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={rows}
          scroll={{ x: 860 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('att.none') }}
          columns={[
            { title: t('att.name'), dataIndex: 'name', width: 110 },
            { title: t('att.organization'), render: (_, a) => a.organization ?? '—' },
            { title: t('att.title'), render: (_, a) => a.title ?? '—' },
            { title: t('att.phone'), width: 130, render: (_, a) => a.phone ?? '—' },
            { title: t('att.seat'), width: 70, render: (_, a) => a.seat ?? '—' },
            {
              title: t('att.signedIn'),
              width: 150,
              render: (_, a) =>
                a.signedInAt ? (
                  <Tag color="success" icon={<CheckOutlined />}>
                    {fmtAt(a.signedInAt, tz, 'HH:mm')} {t(`att.via.${a.signedInVia ?? 'qr'}`)}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary">{t('att.notSigned')}</Typography.Text>
                ),
            },
            {
              title: '',
              width: 170,
              render: (_, a) => (
                <Space size={4}>
                  {!a.signedInAt && (
                    <Button size="small" onClick={() => signIn.mutate(a.id)} data-testid="desk-sign-in">
                      {t('att.deskSignIn')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    icon={<QrcodeOutlined />}
                    title={t('att.personalQr')}
                    onClick={() =>
                      personalCode.mutate({ noticeId: n.id, attendeeId: a.id }, { onSuccess: (c) => setPersonal({ a, code: c }) })
                    }
                  />
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Card
        size="small"
        title={t('att.pageTitle')}
        style={{ marginTop: 16 }}
        data-testid="agenda-editor"
        extra={
          <Button
            size="small"
            type="primary"
            icon={<SaveOutlined />}
            loading={savePage.isPending}
            onClick={async () => {
              const v = await pageForm.validateFields();
              savePage.mutate({ noticeId: n.id, agenda: v.agenda || null, handbook: v.handbook || null });
            }}
          >
            {t('att.savePage')}
          </Button>
        }
      >
        <Form form={pageForm} layout="vertical">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item name="agenda" label={t('att.agenda')} extra={t('att.agendaHint')}>
                <Input.TextArea rows={8} maxLength={20000} placeholder={t('att.agendaPh')} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item name="handbook" label={t('att.handbook')} extra={t('att.handbookHint')}>
                <Input.TextArea rows={8} maxLength={50000} placeholder={t('att.handbookPh')} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>

      <Modal
        open={adding}
        title={t('att.add')}
        destroyOnClose
        onCancel={() => setAdding(false)}
        confirmLoading={add.isPending}
        onOk={async () => {
          const v = await addForm.validateFields();
          const body = Object.fromEntries(
            Object.entries(v).map(([k, x]) => [k, typeof x === 'string' && !x.trim() ? null : x]),
          ) as AttendeeBody;
          add.mutate({ noticeId: n.id, body });
        }}
      >
        <Form form={addForm} layout="vertical">
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="name" label={t('att.name')} rules={[{ required: true, whitespace: true, message: t('att.name') }]}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="phone" label={t('att.phone')}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="organization" label={t('att.organization')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="title" label={t('att.title')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="seat" label={t('att.seat')}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="note" label={t('after.note')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Modal>
      <Modal
        open={!!personal}
        title={personal ? t('att.personalQrOf', { name: personal.a.name }) : ''}
        footer={null}
        onCancel={() => setPersonal(null)}
        width={380}
      >
        {personal && (
          <div style={{ textAlign: 'center' }}>
            <img src={personal.code.pngDataUrl} width={260} height={260} alt="QR" />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} copyable={{ text: signInLink(personal.code.url) }}>
              {t('att.personalHint')}
            </Typography.Paragraph>
          </div>
        )}
      </Modal>
    </div>
  );
}
