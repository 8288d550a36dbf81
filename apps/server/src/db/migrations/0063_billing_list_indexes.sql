-- Lists of the fee pages (bench:billing, billing_list_*): the payment notices of a month (or all of them) in the
-- page's order — month newest first, then by number — read from this index instead of a walk over every notice of
-- the property (60,000 at two years for 2,500 companies).
create index billing_notices_month_number_idx on billing_notices (property_id, month desc, number);
