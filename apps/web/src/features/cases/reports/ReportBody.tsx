/** Loads one measures report and hands it to its view; the server's refusal, or nothing yet, shows instead. */
import type { ReactNode } from 'react';
import { Alert, Empty } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { applyProblem } from '../../../lib/errors';
import { reportQuery, type ReportOf, type ReportParams, type ReportTab } from '../api';

export function ReportBody<T extends ReportTab>({
  tab,
  params,
  children,
}: {
  tab: T;
  params: Record<string, unknown>;
  children(r: ReportOf[T]): ReactNode;
}) {
  const { t } = useTranslation('common');
  const { propertyId } = useSession();
  const q = useQuery(reportQuery(tab, params as ReportParams, !!propertyId));
  if (q.error) return <Alert type="error" message={applyProblem(q.error, undefined, t('error.generic'))} />;
  if (!q.data) return <Empty />;
  return children(q.data);
}
