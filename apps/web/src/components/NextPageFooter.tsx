import type { ReactNode } from 'react';
import { Button, Typography } from 'antd';

/** Below a list read a page at a time: how many are shown, and a button for the next page while there is one (else `end`). */
export function NextPageFooter({
  list,
  total,
  loadMore,
  testId,
  end,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  total: ReactNode;
  loadMore: ReactNode;
  testId?: string;
  end?: ReactNode;
}) {
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '12px 0 4px' }}>
      <Typography.Text type="secondary">{total}</Typography.Text>
      {list.hasNextPage ? (
        <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid={testId}>
          {loadMore}
        </Button>
      ) : (
        end
      )}
    </div>
  );
}
