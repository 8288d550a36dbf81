/** The printed handover record form (交接班记录): shown only on paper, for the handover being viewed. */
import { useTranslation } from 'react-i18next';
import type { ShiftHandover } from '@hy/contracts';
import { HANDOVER_COUNT_KEYS } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useWhen } from './useWhen';

export function PrintForm({ h }: { h: ShiftHandover }) {
  const { t } = useTranslation('handover');
  const { property } = useSession();
  const when = useWhen();
  const f = (k: string) => t(`printForm.${k}`);
  return (
    <div className="ho-print" data-testid="handover-print">
      <h2>
        {property?.name} {f('title')}
      </h2>
      <table>
        <tbody>
          <tr>
            <th>{f('shift')}</th>
            <td>{`${t(`shift.${h.shift}`)} ${when(h.shiftStart, true)} – ${when(h.shiftEnd)}`}</td>
            <th>{f('writer')}</th>
            <td>{h.writtenByName}</td>
            <th>{f('submittedAt')}</th>
            <td>{when(h.submittedAt, true)}</td>
          </tr>
          <tr>
            <th>{t('counts.title')}</th>
            <td colSpan={5}>{HANDOVER_COUNT_KEYS.map((k) => `${t(`counts.${k}`)} ${h.counts[k]}`).join('；')}</td>
          </tr>
          <tr>
            <th>{t('current.notes')}</th>
            <td colSpan={5} style={{ whiteSpace: 'pre-wrap' }}>
              {h.notes ?? ''}
            </td>
          </tr>
        </tbody>
      </table>
      <table style={{ marginTop: 8 }}>
        <thead>
          <tr>
            <th style={{ width: '6%' }}>{f('no')}</th>
            <th style={{ width: '14%' }}>{f('kind')}</th>
            <th>{f('item')}</th>
            <th style={{ width: '26%' }}>{f('ack')}</th>
          </tr>
        </thead>
        <tbody>
          {h.items.map((i, n) => (
            <tr key={i.id}>
              <td>{n + 1}</td>
              <td>{t(`kind.${i.kind}`)}</td>
              <td>
                {i.title}
                {i.detail ? ` · ${i.detail}` : ''}
                {i.at ? ` · ${when(i.at)}` : ''}
              </td>
              <td>{i.ackedAt ? `${i.ackedByName} ${when(i.ackedAt)}${i.remark ? ` ${i.remark}` : ''}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table style={{ marginTop: 8 }}>
        <tbody>
          <tr>
            <th>{f('writer')}</th>
            <td className="sign">{h.writtenByName}</td>
            <th>{f('taker')}</th>
            <td className="sign">{h.acceptedByName ?? ''}</td>
            <th>{f('acceptedAt')}</th>
            <td className="sign">{when(h.acceptedAt, true)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
