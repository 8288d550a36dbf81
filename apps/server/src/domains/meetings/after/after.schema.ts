/** Request schemas of after-the-meeting records (M9): the meetings contract's check, hand-overs and lost property. */
export {
  afterCheckBody,
  handoverBody,
  lostItemBody as lostBody,
  lostItemStoreBody as storeBody,
  lostItemReturnBody as returnBody,
  lostItemListQuery as lostQuery,
} from '@hy/contracts';
