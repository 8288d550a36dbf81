import { useState } from 'react';
import { App, Upload, type UploadFile } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS, MAX_UPLOAD_BYTES, type FileRef } from '@hy/contracts';
import { uploadFile } from '../../lib/files';
import { ApiError } from '../../lib/api';

/**
 * Photos from the camera or the gallery (the phone offers both for an image input): each is uploaded
 * at once and shown as a thumbnail; the form keeps the uploaded files (value/onChange, as a Form.Item
 * control) and sends their ids with the record.
 */
export function PhotoPicker(props: {
  propertyId: string;
  value?: FileRef[];
  onChange?: (v: FileRef[]) => void;
  max?: number;
  testId?: string;
  /** Open the camera straight away on a phone (the file chooser's `capture`), e.g. 'environment' for a label. */
  capture?: 'environment' | 'user';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState<UploadFile[]>([]);
  const value = props.value ?? [];
  const max = props.max ?? MAX_PHOTOS;
  const done: UploadFile[] = value.map((f) => ({ uid: f.id, name: f.name, status: 'done', url: f.url, thumbUrl: f.thumbUrl ?? f.url }));
  return (
    <Upload
      accept="image/*"
      listType="picture-card"
      multiple={max > 1}
      capture={props.capture}
      fileList={[...done, ...pending]}
      data-testid={props.testId ?? 'photo-picker'}
      beforeUpload={(file) => {
        if (file.size > MAX_UPLOAD_BYTES) {
          message.error(t('files.tooLarge', { mb: MAX_UPLOAD_BYTES / 1024 / 1024 }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        const f = file as File;
        const uid = (file as UploadFile).uid;
        setPending((p) => [...p, { uid, name: f.name, status: 'uploading' }]);
        uploadFile(props.propertyId, f, f.name)
          .then((ref) => {
            setPending((p) => p.filter((x) => x.uid !== uid));
            props.onChange?.([...(props.value ?? []), ref]);
            onSuccess?.(ref);
          })
          .catch((e: Error) => {
            setPending((p) => p.filter((x) => x.uid !== uid));
            message.error(e instanceof ApiError ? e.message : t('files.uploadFailed'));
            onError?.(e);
          });
      }}
      onRemove={(f) => props.onChange?.(value.filter((x) => x.id !== f.uid))}
    >
      {value.length + pending.length < max && (
        <div style={{ minWidth: 40, minHeight: 40 }}>
          <CameraOutlined style={{ fontSize: 22 }} />
          <div style={{ marginTop: 4 }}>{t('files.addPhoto')}</div>
        </div>
      )}
    </Upload>
  );
}
