/** This month's figures against their targets; a figure opens the report behind it. */
import { Card, Col, Row, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { yuan, type CockpitFigure } from '@hy/contracts';
import { tileHref } from './tileLink';

const show = (f: Pick<CockpitFigure, 'unit'>, v: number) => (f.unit === 'fen' ? `¥${yuan(v)}` : `${v}%`);

export function FiguresGrid({ figures }: { figures: CockpitFigure[] }) {
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {figures.map((f) => (
        <Col key={f.id} xs={12} sm={8} xl={4}>
          <Card
            hoverable
            size="small"
            onClick={() => navigate(tileHref(f))}
            data-testid={`figure-${f.id}`}
            style={{ height: '100%' }}
            styles={{ body: { padding: '10px 12px' } }}
          >
            <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.55)' }}>{t(`figure.${f.id}`)}</div>
            <div style={{ fontSize: 24, fontWeight: 600, color: f.met === false ? '#cf1322' : f.met ? '#389e0d' : undefined }}>
              {f.value === null ? '—' : show(f, f.value)}
            </div>
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)', display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'center' }}>
              {f.unit === 'percent' &&
                (f.target === null
                  ? t('figures.noTarget')
                  : t('figures.target', { target: `${f.better === 'lower' ? '<' : '≥'} ${f.target}%` }))}
              {f.value === null && f.unit === 'percent' ? (
                <span>· {t('figures.noData')}</span>
              ) : f.met !== null ? (
                <Tag color={f.met ? 'success' : 'error'} style={{ marginInlineEnd: 0 }}>
                  {f.met ? t('figures.met') : t('figures.missed')}
                </Tag>
              ) : null}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
