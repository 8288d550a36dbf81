/** A quote's lines, total and total in Chinese capitals (大写): one row per line, fits a 390 px phone. */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { money, rmbInWords, type RepairChargeItem } from '@hy/contracts';

export const lineFen = (i: { qty: number; unitPriceFen: number }) => Math.round(i.qty * i.unitPriceFen);

export function ChargeLines({ items, totalFen }: { items: RepairChargeItem[]; totalFen: number }) {
  const { t } = useTranslation('repairCharges');
  return (
    <div className="rc-lines" data-testid="charge-lines">
      {items.map((i, n) => (
        <div key={n} className="rc-line">
          <div className="rc-line-name">
            {i.kind ? <Tag style={{ marginInlineEnd: 4 }}>{t(`kind.${i.kind}`)}</Tag> : <Tag color="orange">{t('card.free')}</Tag>}
            {i.name}
            {i.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                （{i.note}）
              </Typography.Text>
            )}
          </div>
          <div className="rc-line-amount">
            <span className="rc-line-calc">
              {money(i.unitPriceFen)} × {i.qty}
              {i.unit ?? ''}
            </span>
            <strong>{money(lineFen(i))}</strong>
          </div>
        </div>
      ))}
      <div className="rc-total" data-testid="charge-total">
        <span>{t('card.total')}</span>
        <strong>{money(totalFen)}</strong>
      </div>
      <div className="rc-words" data-testid="charge-words">
        {t('card.inWords')}：{rmbInWords(totalFen)}
      </div>
    </div>
  );
}
