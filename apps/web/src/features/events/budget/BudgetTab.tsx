/**
 * The event's budget (M13): the 会务服务预算表 by version (status tags), its lines edited inline while a draft (amounts
 * recomputed live from the event's figures), submit and approve with a drawn signature, the actual costs, the
 * variance per category (table and bars; over budget in red), the fee statement drawn from the actuals, print/export.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Empty, Input, InputNumber, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import {
  BUDGET_BASES,
  EVENT_COST_CATEGORIES,
  money,
  type BudgetBasis,
  type BudgetLineInput,
  type BudgetStatus,
  type BudgetView,
  type EventCostCategory,
  type EventDetail,
} from '@hy/contracts';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { amountOf, budgetKey, budgetQuery, budgetWrite, exportUrl } from './api';
import { ActualsCard, VarianceCard } from './BudgetActuals';

export const STATUS_COLOR: Record<BudgetStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  superseded: 'warning',
};

type EditLine = BudgetLineInput & { key: string };

export default function BudgetTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventBudget');
  const q = useQuery(budgetQuery(event.id));
  const b = q.data;
  const [picked, setPicked] = useState<string | null>(null);
  if (!b) return q.isLoading ? <Spin /> : <Empty />;
  const version = b.versions.find((v) => v.id === picked) ?? b.versions.at(-1) ?? null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="budget-tab">
      <VersionBar b={b} eventId={event.id} current={version?.id ?? null} onPick={setPicked} />
      {version ? (
        <VersionCard
          key={`${version.id}:${version.rowVersion}`}
          b={b}
          eventId={event.id}
          propertyId={event.propertyId}
          versionId={version.id}
        />
      ) : (
        <Empty description={t('noVersion')} />
      )}
      <VarianceCard b={b} />
      <ActualsCard b={b} eventId={event.id} />
      <StatementCard b={b} eventId={event.id} />
    </Space>
  );
}

function VersionBar({
  b,
  eventId,
  current,
  onPick,
}: {
  b: BudgetView;
  eventId: string;
  current: string | null;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation('eventBudget');
  const create = useApiMutation({
    mutationFn: () => budgetWrite.newVersion(eventId),
    invalidate: [budgetKey(eventId)],
    onSuccess: (d) => onPick(d.versions.at(-1)!.id),
  });
  const hasDraft = b.versions.some((v) => v.status === 'draft');
  return (
    <Space wrap>
      {b.versions.length > 0 && (
        <Select
          style={{ minWidth: 220 }}
          value={current}
          onChange={onPick}
          data-testid="budget-version-select"
          options={b.versions.map((v) => ({
            value: v.id,
            label: (
              <Space>
                {t('version', { n: v.version })}
                <Tag color={STATUS_COLOR[v.status]}>{t(`status.${v.status}`)}</Tag>
              </Space>
            ),
          }))}
        />
      )}
      {b.policies.edit && !hasDraft && (
        <Button icon={<PlusOutlined />} onClick={() => create.mutate()} loading={create.isPending} data-testid="budget-new-version">
          {b.versions.length ? t('newVersion') : t('firstVersion')}
        </Button>
      )}
      {current && (
        <>
          <Link to={`/events/${eventId}/budget/print?version=${current}`} target="_blank">
            <Button icon={<PrinterOutlined />}>{t('print')}</Button>
          </Link>
          <Button icon={<DownloadOutlined />} href={exportUrl(eventId, current)}>
            {t('export')}
          </Button>
        </>
      )}
      <Typography.Text type="secondary">{t('figures', b.figures)}</Typography.Text>
    </Space>
  );
}

function VersionCard({ b, eventId, propertyId, versionId }: { b: BudgetView; eventId: string; propertyId: string; versionId: string }) {
  const { t } = useTranslation('eventBudget');
  const { me } = useSession();
  const v = b.versions.find((x) => x.id === versionId)!;
  const editable = v.status === 'draft' && b.policies.edit;
  const toEdit = () =>
    v.lines.map((l) => ({
      key: l.id,
      id: l.id,
      category: l.category,
      name: l.name,
      basis: l.basis,
      unitFen: l.unitFen,
      quantity: l.quantity,
      note: l.note,
    }));
  const [lines, setLines] = useState<EditLine[]>(toEdit);
  const [dirty, setDirty] = useState(false);
  const [signing, setSigning] = useState(false);
  useEffect(() => setDirty(false), [v.rowVersion]);
  const figures = v.snapshot ?? b.figures;
  const inv = [budgetKey(eventId)];
  const save = useApiMutation({
    mutationFn: () => budgetWrite.putLines(eventId, v.id, { lines: lines.map(({ key: _k, ...l }) => l), rowVersion: v.rowVersion }),
    invalidate: inv,
    success: t('saved'),
  });
  const submit = useApiMutation({
    mutationFn: async () => {
      if (dirty) await budgetWrite.putLines(eventId, v.id, { lines: lines.map(({ key: _k, ...l }) => l), rowVersion: v.rowVersion });
      return budgetWrite.submit(eventId, v.id);
    },
    invalidate: inv,
    success: t('submitted'),
  });
  const approve = useApiMutation({
    mutationFn: (sig: string) => budgetWrite.approve(eventId, v.id, sig),
    invalidate: inv,
    success: t('approved'),
  });
  const change = (key: string, patch: Partial<EditLine>) => {
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
    setDirty(true);
  };
  const shown = editable ? lines : toEdit();
  const total = shown.reduce((s, l) => s + amountOf(l, figures), 0);
  const latest = b.versions.at(-1)?.id === v.id;
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          {t('title')} · {t('version', { n: v.version })}
          <Tag color={STATUS_COLOR[v.status]} data-testid="budget-version-status">
            {t(`status.${v.status}`)}
          </Tag>
          {dirty && <Tag color="orange">{t('unsaved')}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          {editable && (
            <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!dirty} data-testid="budget-save">
              {t('save')}
            </Button>
          )}
          {editable && (
            <Button type="primary" onClick={() => submit.mutate()} loading={submit.isPending} data-testid="budget-submit">
              {t('submit')}
            </Button>
          )}
          {v.status === 'submitted' && latest && b.policies.approve && (
            <Button type="primary" onClick={() => setSigning(true)} loading={approve.isPending} data-testid="budget-approve">
              {t('approve')}
            </Button>
          )}
        </Space>
      }
    >
      {v.snapshot && <Typography.Paragraph type="secondary">{t('snapshot', v.snapshot)}</Typography.Paragraph>}
      {v.approvedAt && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('approvedBy', { name: v.approvedByName, at: dayjs(v.approvedAt).format('YYYY-MM-DD HH:mm') })}
          description={t('lockedHint')}
        />
      )}
      <Table<EditLine>
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={shown.map((l) => ({ ...l, key: l.key ?? l.id! }))}
        data-testid="budget-lines"
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              <b>{t('total')}</b>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <b data-testid="budget-total">{money(total)}</b>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={3} />
          </Table.Summary.Row>
        )}
        columns={[
          {
            title: t('col.category'),
            width: 120,
            render: (_, l) =>
              editable ? (
                <Select<EventCostCategory>
                  size="small"
                  style={{ width: 110 }}
                  value={l.category}
                  onChange={(category) => change(l.key, { category })}
                  options={EVENT_COST_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                />
              ) : (
                t(`category.${l.category}`)
              ),
          },
          {
            title: t('col.name'),
            render: (_, l) =>
              editable ? (
                <Input
                  size="small"
                  value={l.name}
                  onChange={(e) => change(l.key, { name: e.target.value })}
                  data-testid="budget-line-name"
                />
              ) : (
                l.name
              ),
          },
          {
            title: t('col.basis'),
            width: 130,
            render: (_, l) =>
              editable ? (
                <Select<BudgetBasis>
                  size="small"
                  style={{ width: 120 }}
                  value={l.basis}
                  onChange={(basis) => change(l.key, { basis })}
                  options={BUDGET_BASES.map((x) => ({ value: x, label: t(`basis.${x}`) }))}
                />
              ) : (
                t(`basis.${l.basis}`)
              ),
          },
          {
            title: t('col.unitPrice'),
            width: 130,
            align: 'right',
            render: (_, l) =>
              editable ? (
                <InputNumber
                  size="small"
                  min={0}
                  precision={2}
                  value={l.unitFen / 100}
                  onChange={(x) => change(l.key, { unitFen: Math.round((x ?? 0) * 100) })}
                  data-testid="budget-line-price"
                />
              ) : (
                money(l.unitFen)
              ),
          },
          {
            title: t('col.quantity'),
            width: 110,
            align: 'right',
            render: (_, l) =>
              editable ? (
                <InputNumber
                  size="small"
                  min={0}
                  value={l.quantity}
                  onChange={(x) => change(l.key, { quantity: x ?? 0 })}
                  data-testid="budget-line-qty"
                />
              ) : (
                l.quantity
              ),
          },
          {
            title: t('col.amount'),
            width: 130,
            align: 'right',
            render: (_, l) => <span data-testid="budget-line-amount">{money(amountOf(l, figures))}</span>,
          },
          {
            title: t('col.live'),
            width: 130,
            align: 'right',
            render: (_, l) => (v.snapshot ? money(amountOf(l, b.figures)) : '—'),
          },
          {
            title: t('col.note'),
            render: (_, l) =>
              editable ? (
                <Input size="small" value={l.note ?? ''} onChange={(e) => change(l.key, { note: e.target.value || null })} />
              ) : (
                l.note
              ),
          },
          ...(editable
            ? [
                {
                  width: 48,
                  render: (_: unknown, l: EditLine) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('remove')}
                      onClick={() => {
                        setLines((ls) => ls.filter((x) => x.key !== l.key));
                        setDirty(true);
                      }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <Button
          style={{ marginTop: 8 }}
          icon={<PlusOutlined />}
          data-testid="budget-add-line"
          onClick={() => {
            const key = Math.random().toString(36).slice(2, 10);
            setLines((ls) => [...ls, { key, id: key, category: 'other', name: '', basis: 'fixed', unitFen: 0, quantity: 1, note: null }]);
            setDirty(true);
          }}
        >
          {t('addLine')}
        </Button>
      )}
      <SignatureModal
        open={signing}
        propertyId={propertyId}
        title={t('approveTitle', { n: v.version })}
        signerName={me?.displayName}
        onClose={() => setSigning(false)}
        onSigned={(ref) => {
          setSigning(false);
          approve.mutate(ref.id);
        }}
      />
    </Card>
  );
}

function StatementCard({ b, eventId }: { b: BudgetView; eventId: string }) {
  const { t } = useTranslation('eventBudget');
  const draw = useApiMutation({
    mutationFn: (issue: boolean) => budgetWrite.feeStatement(eventId, issue),
    invalidate: [budgetKey(eventId)],
    success: t('statementDone'),
  });
  const s = b.statement;
  return (
    <Card size="small" title={t('statement')} data-testid="budget-statement">
      <Space wrap>
        {s ? (
          <>
            <Link to={`/fee-statements/${s.id}`}>{s.number}</Link>
            <Tag color={s.status === 'draft' ? 'default' : s.status === 'issued' ? 'processing' : 'success'}>
              {t(`statementStatus.${s.status}`, { defaultValue: s.status })}
            </Tag>
            <span>{money(s.totalFen)}</span>
          </>
        ) : (
          <Typography.Text type="secondary">{b.mainNoticeId ? t('statementNone') : t('statementNoNotice')}</Typography.Text>
        )}
        {b.policies.statement && b.mainNoticeId && (!s || s.status === 'draft') && (
          <Button onClick={() => draw.mutate(false)} loading={draw.isPending} data-testid="budget-statement-draw">
            {s ? t('statementRedraft') : t('statementDraft')}
          </Button>
        )}
        {b.policies.statement && s?.status === 'draft' && (
          <Button type="primary" onClick={() => draw.mutate(true)} loading={draw.isPending}>
            {t('statementIssue')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
