/** The issues raised in a visit: each with its case (number, state, whether the tenant was told) or a button to open one. */
import { Button, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseKind, TenantVisit } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { openIssueCase, visitKeys } from './api';
import { CASE_COLOR } from './labels';

export function IssueList({ v }: { v: TenantVisit }) {
  const { t } = useTranslation('tenantVisits');
  const open = useApiMutation({ mutationFn: openIssueCase, invalidate: [visitKeys.all], success: t('detail.caseOpened') });
  if (!v.issues.length) return <Typography.Text type="secondary">{t('detail.noIssues')}</Typography.Text>;
  const button = (issueId: string, kind: CaseKind) => (
    <Button
      size="small"
      style={{ minHeight: 32 }}
      loading={open.isPending && open.variables?.issueId === issueId && open.variables.kind === kind}
      onClick={() => open.mutate({ id: v.id, issueId, kind })}
      data-testid={`issue-case-${kind}`}
    >
      {t(`detail.${kind}`)}
    </Button>
  );
  return (
    <List
      size="small"
      dataSource={v.issues}
      data-testid="issue-list"
      renderItem={(i) => (
        <List.Item data-testid="issue">
          <div style={{ width: '100%' }}>
            <div>{i.content}</div>
            <Space wrap size={4} style={{ marginTop: 4 }}>
              {i.caseId ? (
                <>
                  <Link to={`/cases/${i.caseId}`} data-testid="issue-case-link">
                    {i.caseNumber}
                  </Link>
                  {i.caseStatus && <Tag color={CASE_COLOR[i.caseStatus]}>{t(`caseStatus.${i.caseStatus}`)}</Tag>}
                  <Tag color={i.informed ? 'green' : 'orange'} data-testid="issue-informed">
                    {i.informed ? t('detail.informed') : t('detail.notInformed')}
                  </Tag>
                </>
              ) : v.policies.openCase ? (
                <>
                  <Typography.Text type="secondary">
                    {t('detail.openCase')}
                    {t('colon')}
                  </Typography.Text>
                  {button(i.id, 'repair')}
                  {button(i.id, 'complaint')}
                </>
              ) : (
                <Tag>{t('detail.noCase')}</Tag>
              )}
            </Space>
          </div>
        </List.Item>
      )}
    />
  );
}
