import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Input, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import type { FileRef } from '@hy/contracts';
import { captureSignature } from '../../lib/files';
import { ApiError } from '../../lib/api';

/**
 * A signature drawn on the screen with a finger or a mouse, with the signer's name: stored with the time
 * (POST /signatures), handed back as a file the record attaches.
 */
export function SignatureModal(props: {
  open: boolean;
  propertyId: string;
  title: string;
  signerName?: string;
  onClose: () => void;
  onSigned: (ref: FileRef) => void;
}) {
  const { t } = useTranslation();
  const pad = useRef<SignaturePad | null>(null);
  const [name, setName] = useState(props.signerName ?? '');
  const [empty, setEmpty] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!props.open) return;
    setName(props.signerName ?? '');
    setError(null);
  }, [props.open, props.signerName]);

  // The dialog mounts its content before it is laid out: the pad is made when the canvas is there and the
  // canvas is sized to its box (at the screen's pixel ratio) whenever that box changes, keeping the strokes.
  const observer = useRef<ResizeObserver | null>(null);
  const canvas = useCallback((c: HTMLCanvasElement | null) => {
    observer.current?.disconnect();
    pad.current?.off();
    pad.current = null;
    if (!c) return;
    const p = new SignaturePad(c, { penColor: '#1a1a1a', minWidth: 1, maxWidth: 2.6 });
    p.addEventListener('endStroke', () => setEmpty(p.isEmpty()));
    const fit = () => {
      if (!c.offsetWidth) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const strokes = p.toData();
      c.width = c.offsetWidth * ratio;
      c.height = c.offsetHeight * ratio;
      c.getContext('2d')?.scale(ratio, ratio);
      p.fromData(strokes);
    };
    fit();
    observer.current = new ResizeObserver(fit);
    observer.current.observe(c);
    pad.current = p;
    setEmpty(true);
  }, []);

  const confirm = async () => {
    if (!pad.current || pad.current.isEmpty() || !name.trim()) return;
    setSaving(true);
    setError(null);
    try {
      const ref = await captureSignature({
        propertyId: props.propertyId,
        signerName: name.trim(),
        image: pad.current.toDataURL('image/png'),
      });
      props.onSigned(ref);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('files.uploadFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={props.onClose}
      destroyOnHidden
      width="min(600px, calc(100vw - 16px))"
      footer={
        <Space>
          <Button
            onClick={() => {
              pad.current?.clear();
              setEmpty(true);
            }}
            data-testid="signature-clear"
          >
            {t('files.clear')}
          </Button>
          <Button type="primary" loading={saving} disabled={empty || !name.trim()} onClick={confirm} data-testid="signature-confirm">
            {t('files.confirmSignature')}
          </Button>
        </Space>
      }
    >
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Input
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder={t('files.signerName')}
        maxLength={40}
        size="large"
        data-testid="signer-name"
        style={{ marginBottom: 8 }}
      />
      <canvas
        ref={canvas}
        data-testid="signature-canvas"
        style={{ width: '100%', height: 200, border: '1px dashed #bfbfbf', borderRadius: 8, touchAction: 'none', background: '#fff' }}
      />
      <Typography.Text type="secondary">{t('files.signHere')}</Typography.Text>
    </Modal>
  );
}
