import type { ReactNode } from 'react';
import { Empty, Table, type TableProps } from 'antd';
import { NextPageFooter } from './NextPageFooter';

/**
 * A list read a page at a time (an infinite query): the table of the rows loaded so far, and below it
 * their count and the button for the next page. Other table props pass through.
 */
export function PagedTable<T extends object>({
  list,
  total,
  loadMore,
  nextTestId,
  end,
  empty,
  ...table
}: Omit<TableProps<T>, 'loading' | 'pagination' | 'locale'> & {
  list: { isLoading: boolean; hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  total: ReactNode;
  loadMore: ReactNode;
  nextTestId?: string;
  end?: ReactNode;
  empty: ReactNode;
}) {
  return (
    <>
      <Table<T>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        pagination={false}
        locale={{ emptyText: <Empty description={empty} /> }}
        {...table}
      />
      <NextPageFooter list={list} total={total} loadMore={loadMore} testId={nextTestId} end={end} />
    </>
  );
}
