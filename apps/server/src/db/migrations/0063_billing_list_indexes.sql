-- Lists of the fee pages (bench:billing, billing_list_*): the payment notices of a month (or all of them) in the
-- page's order — month newest first, then by number — read from this index instead of a walk over every notice of
-- the property (60,000 at two years for 2,500 companies) and a sort; and a company's units (the unit codes shown
-- beside each notice) by company instead of a walk over all units.
create index billing_notices_month_number_idx on billing_notices (property_id, month desc, number);
create index units_organization_idx on units (organization_id) where organization_id is not null;
