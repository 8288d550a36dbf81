/**
 * The quote of a paid work order, built from the price list (items × quantity) with custom lines that need a
 * note; the running total in figures and 大写. Used by the engineer on a phone and by the desk.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Drawer, Input, InputNumber, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { money, toFen, toYuan, type RepairChargeItem } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useCaseWrite } from '../api';
import { priceListQuery, quoteCharge } from './api';
import { ChargeLines } from './ChargeLines';

type Line = RepairChargeItem;

export function QuoteDrawer({
  open,
  woId,
  woNumber,
  current,
  consented,
  onClose,
}: {
  open: boolean;
  woId: string;
  woNumber: string;
  current: Line[];
  consented: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation(['repairCharges', 'common']);
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const list = useQuery({ ...priceListQuery(propertyId, true), enabled: open && !!propertyId }).data?.data ?? [];
  const [lines, setLines] = useState<Line[]>(current);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setLines(current);
      setError(null);
    }
  }, [open, current]);
  const write = useCaseWrite(
    () =>
      quoteCharge(woId, {
        items: lines.map((l) =>
          l.priceItemId
            ? { priceItemId: l.priceItemId, qty: l.qty, note: l.note || null }
            : { name: l.name, qty: l.qty, unitPriceFen: l.unitPriceFen, note: l.note || null },
        ),
        note: note || null,
      }),
    { success: t('quote.done'), onSuccess: onClose },
  );
  const set = (n: number, patch: Partial<Line>) => setLines((ls) => ls.map((l, i) => (i === n ? { ...l, ...patch } : l)));
  const total = lines.reduce((s, l) => s + Math.round(l.qty * l.unitPriceFen), 0);
  const submit = () => {
    if (!lines.length) return setError(t('quote.empty'));
    if (lines.some((l) => !l.priceItemId && (!l.name?.trim() || !l.note?.trim()))) return setError(t('quote.noteRequired'));
    setError(null);
    write.mutate();
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('quote.title', { number: woNumber })}
      width={phone ? '100%' : 560}
      destroyOnClose
      footer={
        <Button type="primary" block size="large" loading={write.isPending} onClick={submit} data-testid="quote-submit">
          {t('quote.submit')} · {money(total)}
        </Button>
      }
    >
      {consented && <Alert type="warning" showIcon message={t('quote.voidsConsent')} style={{ marginBottom: 12 }} />}
      <Select
        showSearch
        size="large"
        style={{ width: '100%', marginBottom: 12 }}
        placeholder={t('quote.fromList')}
        value={null}
        optionFilterProp="label"
        data-testid="quote-pick"
        options={list.map((p) => ({ value: p.id, label: `${p.name} ${money(p.priceFen)}/${p.unit}` }))}
        onChange={(id: string) => {
          const p = list.find((x) => x.id === id);
          if (p)
            setLines((ls) => [
              ...ls,
              { priceItemId: p.id, name: p.name, kind: p.kind, unit: p.unit, unitPriceFen: p.priceFen, qty: 1, note: null },
            ]);
        }}
      />
      {lines.map((l, n) => (
        <div key={n} className="rc-quote-row" data-testid="quote-line">
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            {l.priceItemId ? (
              <Typography.Text strong style={{ flex: 1 }}>
                {l.name}{' '}
                <Typography.Text type="secondary">
                  {money(l.unitPriceFen)}/{l.unit}
                </Typography.Text>
              </Typography.Text>
            ) : (
              <Input
                style={{ flex: 1 }}
                placeholder={t('quote.name')}
                value={l.name}
                onChange={(e) => set(n, { name: e.target.value })}
                data-testid="quote-free-name"
              />
            )}
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('quote.remove')}
              onClick={() => setLines((ls) => ls.filter((_, i) => i !== n))}
            />
          </div>
          <Space style={{ marginTop: 6 }} wrap>
            <InputNumber
              addonBefore={t('card.qty')}
              min={0.01}
              max={10000}
              step={1}
              value={l.qty}
              onChange={(v) => set(n, { qty: v ?? 1 })}
              style={{ width: 150 }}
              data-testid="quote-qty"
            />
            {!l.priceItemId && (
              <InputNumber
                addonBefore="¥"
                min={0}
                precision={2}
                placeholder={t('quote.unitPrice')}
                value={toYuan(l.unitPriceFen)}
                onChange={(v) => set(n, { unitPriceFen: toFen(v) })}
                style={{ width: 150 }}
                data-testid="quote-free-price"
              />
            )}
          </Space>
          {!l.priceItemId && (
            <Input
              style={{ marginTop: 6 }}
              placeholder={t('quote.note')}
              value={l.note ?? ''}
              status={error && !l.note?.trim() ? 'error' : undefined}
              onChange={(e) => set(n, { note: e.target.value })}
              data-testid="quote-free-note"
            />
          )}
        </div>
      ))}
      <Button
        block
        icon={<PlusOutlined />}
        onClick={() => setLines((ls) => [...ls, { name: '', qty: 1, unitPriceFen: 0, note: '' }])}
        data-testid="quote-add-free"
      >
        {t('quote.addFree')}
      </Button>
      <Input.TextArea
        style={{ marginTop: 12 }}
        rows={2}
        placeholder={t('quote.quoteNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
      />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} data-testid="quote-error" />}
      {lines.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <ChargeLines items={lines} totalFen={total} />
        </div>
      )}
    </Drawer>
  );
}
