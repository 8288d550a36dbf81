import { useEffect, useRef, useState } from 'react';
import { Alert, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Scans QR codes with the phone's (back) camera in the browser — the sign-in desk, patrol checkpoints,
 * visitor slips. Each distinct code is reported once; where there is no camera (or permission is
 * refused) the code can be typed or pasted instead. The decoder loads only when a scanner opens.
 */
export function QrScanner(props: { onScan: (text: string) => void; paused?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const onScan = useRef(props.onScan);
  onScan.current = props.onScan;
  const [failed, setFailed] = useState(false);
  const [typed, setTyped] = useState('');

  useEffect(() => {
    if (props.paused) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    let last = '';
    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera');
        const { BrowserQRCodeReader } = await import('@zxing/browser');
        const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 250 });
        const controls = await reader.decodeFromConstraints({ video: { facingMode: 'environment' } }, video.current!, (result) => {
          const text = result?.getText();
          if (text && text !== last) {
            last = text;
            onScan.current(text);
          }
        });
        if (cancelled) controls.stop();
        else stop = () => controls.stop();
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [props.paused]);

  return (
    <div data-testid={props.testId ?? 'qr-scanner'}>
      {failed ? (
        <Alert type="info" showIcon message={t('files.noCamera')} style={{ marginBottom: 8 }} />
      ) : (
        <video
          ref={video}
          muted
          playsInline
          style={{
            width: '100%',
            maxWidth: 420,
            aspectRatio: '1',
            objectFit: 'cover',
            borderRadius: 8,
            background: '#000',
            display: 'block',
          }}
        />
      )}
      <Input.Search
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(v) => {
          if (v.trim()) props.onScan(v.trim());
          setTyped('');
        }}
        enterButton={t('files.useCode')}
        placeholder={t('files.typeCode')}
        size="large"
        style={{ marginTop: 8, maxWidth: 420 }}
        data-testid="qr-manual"
      />
    </div>
  );
}
