/** One family's tiles: a count (and money, if any) that opens the filtered list it counts. */
import { Card, Col, Row } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { yuan, type CockpitTile } from '@hy/contracts';
import { tileHref } from './tileLink';

export const TONE_COLORS: Record<CockpitTile['tone'], string> = {
  default: '#1677ff',
  ok: '#389e0d',
  warning: '#d46b08',
  danger: '#cf1322',
};

/** `wall`: dark and large for the wall display. */
export function CockpitTiles({ tiles, wall }: { tiles: CockpitTile[]; wall?: boolean }) {
  const dark = wall;
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {tiles.map((x) => (
        <Col key={x.id} xs={12} sm={8} lg={6} xxl={4}>
          <Card
            hoverable
            role="link"
            tabIndex={0}
            onClick={() => navigate(tileHref(x))}
            onKeyDown={(e) => e.key === 'Enter' && navigate(tileHref(x))}
            data-testid={`tile-${x.id}`}
            data-count={x.count}
            data-href={tileHref(x)}
            styles={{ body: { padding: '12px 14px', minHeight: 88 } }}
            style={{
              height: '100%',
              borderTop: `3px solid ${TONE_COLORS[x.tone]}`,
              ...(dark ? { background: '#141a26', borderColor: '#26324a' } : {}),
            }}
          >
            <div
              style={{ fontSize: wall ? 18 : 13, color: dark ? '#9fb0cc' : 'rgba(0,0,0,0.55)', lineHeight: 1.3, minHeight: wall ? 46 : 34 }}
            >
              {t(`tile.${x.id}`)}
            </div>
            <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap' }}>
              <span
                style={{ fontSize: wall ? 48 : 30, fontWeight: 600, color: x.tone === 'default' && dark ? '#e6edf7' : TONE_COLORS[x.tone] }}
              >
                {x.count}
              </span>
              {x.amountFen !== null && x.amountFen > 0 && (
                <span style={{ fontSize: 13, color: dark ? '#9fb0cc' : 'rgba(0,0,0,0.55)' }}>¥{yuan(x.amountFen)}</span>
              )}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
