/** The event's documents: each with its kind, who may see it, and its versions; upload a new one or a new version. */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Empty, Form, Input, List, Select, Space, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, LockOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import {
  DOCUMENT_KINDS,
  DOCUMENT_VISIBILITIES,
  type DocumentKind,
  type DocumentVisibility,
  type EventDetail,
  type EventDocument,
} from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import { useApiMutation } from '../../../lib/mutation';
import { FormModal } from '../../../components/FormModal';
import { download } from '../../meetings/api';
import { documentUrl, documentsQuery, programmeKeys, programmeWrite } from './api';

interface DocValues {
  kind: DocumentKind;
  title: string;
  visibility: DocumentVisibility;
  confidential: boolean;
  note?: string;
}

/** Picks one file and uploads it at once (the files API); the form keeps its id. */
function FilePick({ propertyId, value, onChange }: { propertyId: string; value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation('eventProgramme');
  const { message } = App.useApp();
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      accept="application/pdf,image/*"
      showUploadList={false}
      customRequest={({ file }) => {
        const f = file as File;
        setBusy(true);
        uploadFile(propertyId, f, f.name, 'document')
          .then((r) => {
            setName(f.name);
            onChange?.(r.id);
          })
          .catch((e) => message.error(e instanceof ApiError ? e.message : t('uploadFailed')))
          .finally(() => setBusy(false));
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} data-testid="document-file">
        {value && name ? name : t('chooseFile')}
      </Button>
    </Upload>
  );
}

function DocumentModal({
  event,
  doc,
  open,
  onClose,
}: {
  event: EventDetail;
  doc: EventDocument | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('eventProgramme');
  const [form] = Form.useForm<DocValues & { fileId: string }>();
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation({
    mutationFn: (v: DocValues & { fileId: string }) =>
      doc
        ? programmeWrite.addVersion(event.id, doc.id, { fileId: v.fileId, note: v.note || null })
        : programmeWrite.addDocument(event.id, { ...v, note: v.note || null }),
    form,
    invalidate: [programmeKeys.documents(event.id)],
    success: t('saved'),
    onError: setError,
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={doc ? t('newVersionOf', { title: doc.title }) : t('addDocument')}
      form={form}
      name="event-document"
      saving={save.isPending}
      error={error}
      onFinish={(v) => save.mutate(v)}
      saveTestId="document-save"
    >
      {!doc && (
        <>
          <Form.Item name="kind" label={t('docKind')} initialValue="agenda" rules={[{ required: true }]}>
            <Select options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`docKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('docTitle')} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="visibility" label={t('visibility')} initialValue="team" rules={[{ required: true }]}>
            <Select options={DOCUMENT_VISIBILITIES.map((k) => ({ value: k, label: t(`visibilities.${k}`) }))} />
          </Form.Item>
          <Form.Item name="confidential" valuePropName="checked" initialValue={false}>
            <Checkbox>{t('confidential')}</Checkbox>
          </Form.Item>
        </>
      )}
      <Form.Item name="fileId" label={t('file')} rules={[{ required: true, message: t('chooseFile') }]}>
        <FilePick propertyId={event.propertyId} />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

export function DocumentsCard({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventProgramme');
  const { message } = App.useApp();
  const q = useQuery(documentsQuery(event.id));
  const [open, setOpen] = useState<{ doc: EventDocument | null } | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const get = (d: EventDocument, version?: number) =>
    download(documentUrl(event.id, d.id, version), d.versions[0]?.fileName ?? 'document.pdf').catch((e) =>
      message.error(e instanceof ApiError ? e.message : t('downloadFailed')),
    );
  const docs = q.data?.data ?? [];
  return (
    <Card
      title={t('documents')}
      extra={
        event.policies.work && (
          <Button icon={<UploadOutlined />} onClick={() => setOpen({ doc: null })} data-testid="document-add">
            {t('addDocument')}
          </Button>
        )
      }
    >
      {!docs.length ? (
        <Empty description={t('noDocuments')} />
      ) : (
        <List
          dataSource={docs}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="get" size="small" icon={<DownloadOutlined />} onClick={() => void get(d)}>
                  {t('download')}
                </Button>,
                <Button key="hist" size="small" type="link" onClick={() => setHistory(history === d.id ? null : d.id)}>
                  {t('versions', { n: d.versions.length })}
                </Button>,
                ...(event.policies.work
                  ? [
                      <Button key="ver" size="small" type="link" onClick={() => setOpen({ doc: d })}>
                        {t('newVersion')}
                      </Button>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <Tag>{t(`docKinds.${d.kind}`)}</Tag>
                    <span>{d.title}</span>
                    {d.confidential && (
                      <Tag color="red" icon={<LockOutlined />}>
                        {t('confidential')}
                      </Tag>
                    )}
                    <Tag color="blue">{t(`visibilities.${d.visibility}`)}</Tag>
                  </Space>
                }
                description={
                  history === d.id ? (
                    <List
                      size="small"
                      dataSource={d.versions}
                      renderItem={(v) => (
                        <List.Item>
                          <Space wrap>
                            <Typography.Link onClick={() => void get(d, v.version)}>v{v.version}</Typography.Link>
                            <span>{v.fileName}</span>
                            <span>{v.uploadedBy}</span>
                            <span>{dayjs(v.uploadedAt).format('YYYY-MM-DD HH:mm')}</span>
                            {v.note && <Typography.Text type="secondary">{v.note}</Typography.Text>}
                          </Space>
                        </List.Item>
                      )}
                    />
                  ) : (
                    d.versions[0] &&
                    `v${d.versions[0].version} · ${d.versions[0].fileName} · ${d.versions[0].uploadedBy ?? ''} · ${dayjs(d.versions[0].uploadedAt).format('YYYY-MM-DD HH:mm')}`
                  )
                }
              />
            </List.Item>
          )}
        />
      )}
      {open && <DocumentModal event={event} doc={open.doc} open onClose={() => setOpen(null)} />}
    </Card>
  );
}
