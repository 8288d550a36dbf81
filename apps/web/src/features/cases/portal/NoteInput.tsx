/** The tenant adds a note to their case. */
import { useState } from 'react';
import { Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { followUpCase, useCaseWrite } from '../api';

export function NoteInput({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const [note, setNote] = useState('');
  const noteWrite = useCaseWrite((v: { id: string; note: string }) => followUpCase(v.id, { kind: 'note', note: v.note }), {
    success: t('portal.noteAdded'),
    onSuccess: () => setNote(''),
  });
  const addNote = () => {
    if (note.trim()) noteWrite.mutate({ id: caseId, note: note.trim() });
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} placeholder={t('portal.notePlaceholder')} />
      <Button onClick={addNote}>{t('portal.addNote')}</Button>
    </Space.Compact>
  );
}
