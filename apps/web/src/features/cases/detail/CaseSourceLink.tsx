import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { caseSourceQuery } from '../api';

/** "来自巡检：<round>/<checkpoint>" with a link back to the finding, when the case was opened from one. */
export function CaseSourceLink({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const s = useQuery(caseSourceQuery(caseId)).data?.data;
  if (!s) return null;
  return (
    <Alert
      type="info"
      style={{ marginBottom: 12 }}
      data-testid="case-source"
      message={
        <>
          {t('detail.fromPatrol')}
          {s.link ? <Link to={s.link}>{s.label}</Link> : s.label}
        </>
      }
    />
  );
}
