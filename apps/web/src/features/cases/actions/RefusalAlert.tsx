/** The server's refusal of an action (the closing conditions, other 422s) with its reasons, shown in the dialog. */
import { Alert } from 'antd';

export interface Refusal {
  title: string;
  reasons: string[];
}

export function RefusalAlert({ refusal }: { refusal: Refusal }) {
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      message={refusal.title}
      data-testid="action-refusal"
      description={
        refusal.reasons.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {refusal.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
