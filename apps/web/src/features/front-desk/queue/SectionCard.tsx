/** One section of the desk queue: its title and big count (both open the full list), its rows, "N more". */
import type { ReactNode } from 'react';
import { Card, Empty } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function SectionCard(props: {
  id: string;
  title: string;
  icon: ReactNode;
  href: string;
  total: number;
  shown: number;
  tone: 'danger' | 'warning' | 'info' | 'default';
  children: ReactNode;
}) {
  const { t } = useTranslation('queue');
  return (
    <Card
      size="small"
      className={`fd-q-card fd-q-${props.total ? props.tone : 'default'}`}
      data-testid={`queue-section-${props.id}`}
      title={
        <Link to={props.href} className="fd-q-head" data-testid={`queue-link-${props.id}`}>
          <span className="fd-q-icon">{props.icon}</span>
          <span className="fd-q-title">{props.title}</span>
          <span className="fd-q-count" data-testid={`queue-count-${props.id}`}>
            {props.total}
          </span>
          <RightOutlined className="fd-q-arrow" aria-label={t('openList')} />
        </Link>
      }
    >
      {props.shown ? (
        <div className="fd-q-rows">{props.children}</div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} className="fd-q-empty" />
      )}
      {props.total > props.shown && (
        <Link to={props.href} className="fd-q-more">
          {t('more', { count: props.total - props.shown })}
        </Link>
      )}
    </Card>
  );
}

/** A row: what it is on the left (wraps, never pushes sideways), its one action on the right. */
export function QueueRow(props: { id: string; marked?: boolean; children: ReactNode; action: ReactNode }) {
  return (
    <div className={`fd-q-row${props.marked ? ' fd-q-row-marked' : ''}`} data-testid="queue-row" data-id={props.id}>
      <div className="fd-q-main">{props.children}</div>
      <div className="fd-q-action">{props.action}</div>
    </div>
  );
}
