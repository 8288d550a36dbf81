-- Mail room additions (F4): a subscription names its publisher, the carrier who delivers it, its recipient
-- in the directory, how often an issue comes (daily, weekly on a weekday, monthly on a day) and when it
-- was stopped; an incident may also be an item damaged after the desk received it. The label photo needs
-- no column: mail_items.label_file_id holds it already.
alter table mail_subscriptions
  add column publisher text,
  add column carrier text,
  add column recipient_entry_id uuid references directory_entries(id),
  add column frequency text not null default 'daily' check (frequency in ('daily', 'weekly', 'monthly')),
  add column issue_day integer,
  add column stopped_at timestamptz,
  add column updated_at timestamptz not null default now();
alter table mail_subscriptions add constraint mail_subscriptions_issue_day_check check (
  (frequency = 'daily' and issue_day is null)
  or (frequency = 'weekly' and issue_day between 1 and 7)
  or (frequency = 'monthly' and issue_day between 1 and 31)
);
create index mail_subscriptions_property_idx on mail_subscriptions (property_id, title);

alter table mail_incidents drop constraint mail_incidents_kind_check;
alter table mail_incidents add constraint mail_incidents_kind_check check (kind in ('misdelivery', 'lost', 'damaged'));
create index mail_newspaper_checks_month_idx on mail_newspaper_checks (property_id, day);
