-- Meeting services, continued (SPEC M7, M9, M11): the price list and the 《会议费用确认单》 with its
-- payments and reminders, proxy purchase notices 《会议采购通知单》, the after-meeting check, the lost
-- property register 《拾遗物品登记表》, hand-overs of recordings and documents, attendees with QR
-- sign-in, agenda and handbook. State changes are guarded by `where status = …`.
create table meeting_price_lists (
  property_id uuid primary key references properties(id),
  prices jsonb not null,
  version int not null default 1,
  updated_by uuid references users(id),
  updated_at timestamptz not null default now()
);

create table meeting_purchases (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid not null references service_notices(id),
  number text not null,
  items jsonb not null,                               -- [{kind, name, qty, unit, unitFen}]
  total_fen bigint not null check (total_fen >= 0),
  purchaser text,
  status text not null default 'requested' check (status in ('requested','purchased','cancelled')),
  invoice_ref text,
  note text,
  requested_by uuid not null references users(id),
  requested_at timestamptz not null,
  purchased_by uuid references users(id),
  purchased_at timestamptz,
  unique (property_id, number)
);
create index meeting_purchases_notice_idx on meeting_purchases (notice_id);

create table meeting_fee_statements (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid not null unique references service_notices(id),
  number text not null,
  status text not null default 'draft' check (status in ('draft','issued','confirmed','void')),
  payment_status text not null default 'unpaid' check (payment_status in ('unpaid','partial','paid')),
  lines jsonb not null,                               -- [{kind, code, name, qty, unit, unitFen, amountFen, invoiceRef}]
  total_fen bigint not null check (total_fen >= 0),
  paid_fen bigint not null default 0 check (paid_fen >= 0 and paid_fen <= total_fen),
  invoice_refs text[] not null default '{}',
  note text,
  version int not null default 1,
  created_by uuid not null references users(id),
  issued_by uuid references users(id),
  issued_at timestamptz,
  confirmed_via text check (confirmed_via in ('online','paper')),
  confirmed_by uuid references users(id),             -- the organizer's account (online) or the staff who recorded the paper
  signer_name text,                                   -- 组织单位责任人
  confirmed_at timestamptz,
  reminders int not null default 0,
  last_reminded_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number)
);
create index meeting_fee_statements_unpaid_idx on meeting_fee_statements (property_id, issued_at) where payment_status <> 'paid' and status in ('issued','confirmed');

create table meeting_fee_payments (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  statement_id uuid not null references meeting_fee_statements(id),
  amount_fen bigint not null check (amount_fen > 0),
  paid_at timestamptz not null,
  method text,
  reference text,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null
);
create index meeting_fee_payments_statement_idx on meeting_fee_payments (statement_id);

create table meeting_after_checks (
  notice_id uuid primary key references service_notices(id),
  property_id uuid not null references properties(id),
  cleanup jsonb not null,                             -- [{item, done, note}]
  equipment jsonb not null,                           -- [{name, expected, counted, note}]
  shortages int not null default 0,
  version int not null default 1,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null
);

create table lost_items (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid references service_notices(id),
  number text not null,
  item text not null,
  description text,
  found_place text not null,
  found_at timestamptz not null,
  found_by text not null,
  status text not null default 'found' check (status in ('found','stored','returned')),
  stored_place text,
  stored_at timestamptz,
  handed_to text,
  owner_signature text,
  returned_at timestamptz,
  note text,
  recorded_by uuid not null references users(id),
  updated_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number),
  check (status <> 'returned' or (handed_to is not null and owner_signature is not null))
);
create index lost_items_property_idx on lost_items (property_id, status, found_at);

create table meeting_handovers (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid not null references service_notices(id),
  kind text not null check (kind in ('recording','document','photo','other')),
  description text not null,
  quantity int not null default 1 check (quantity > 0),
  recipient_kind text not null check (recipient_kind in ('organizer','bureau')),
  recipient_name text not null,
  handed_by uuid not null references users(id),
  handed_at timestamptz not null,
  note text
);
create index meeting_handovers_notice_idx on meeting_handovers (notice_id, handed_at);

create table meeting_pages (
  notice_id uuid primary key references service_notices(id),
  property_id uuid not null references properties(id),
  agenda text,
  handbook text,
  sign_in_secret text not null,                       -- HMAC key of this meeting's sign-in codes; rotating it revokes them
  updated_by uuid references users(id),
  updated_at timestamptz not null default now()
);

create table meeting_attendees (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid not null references service_notices(id),
  name text not null,
  organization text,
  title text,
  phone text,
  seat text,
  note text,
  signed_in_at timestamptz,
  signed_in_via text check (signed_in_via in ('qr','desk')),
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);
create index meeting_attendees_notice_idx on meeting_attendees (notice_id, name);

-- Staffing and confidentiality (SPEC M6, M12): staff records per property, roster shifts, and who is
-- assigned to which task. Only staff authorised for confidential meetings (授权上岗) may be assigned to
-- one; authorising needs a valid background-check certificate (无犯罪记录证明).
create table staff_profiles (
  property_id uuid not null references properties(id),
  user_id uuid not null references users(id),
  post text,
  trainings jsonb not null default '[]'::jsonb,      -- [{name, date}]
  background_check_no text,
  background_check_until date,
  sensitive_post boolean not null default false,
  confidential_authorised boolean not null default false,
  authorised_by uuid references users(id),
  authorised_at timestamptz,
  updated_by uuid references users(id),
  updated_at timestamptz not null default now(),
  primary key (property_id, user_id),
  check (not confidential_authorised or (background_check_no is not null and background_check_until is not null))
);

create table staff_shifts (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  user_id uuid not null references users(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  overtime boolean not null default false,           -- on a rest day or public holiday (加班)
  note text,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  check (ends_at > starts_at),
  unique (user_id, starts_at)
);
create index staff_shifts_property_idx on staff_shifts (property_id, starts_at);

create table task_assignments (
  task_id uuid not null references meeting_tasks(id),
  user_id uuid not null references users(id),
  property_id uuid not null references properties(id),
  notice_id uuid not null references service_notices(id),
  warnings text[] not null default '{}',
  assigned_by uuid not null references users(id),
  assigned_at timestamptz not null,
  primary key (task_id, user_id)
);
create index task_assignments_user_idx on task_assignments (user_id, notice_id);
create index task_assignments_notice_idx on task_assignments (notice_id);

-- Materials (SPEC M7): warehouse stock, per-meeting checkout and return with counts, losses charged
-- to the fee statement. Stock and counts change only by guarded atomic updates, so concurrent
-- requests can never drive stock negative or return more than was checked out.
create table warehouse_items (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  code text not null,
  name text not null,
  unit text not null,
  stock int not null default 0 check (stock >= 0),
  loss_fen bigint not null default 0 check (loss_fen >= 0),   -- charged per unit lost
  technical boolean not null default false,                    -- technical material (话筒电池, 录音带 …)
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, code)
);

create table meeting_materials (
  notice_id uuid not null references service_notices(id),
  item_id uuid not null references warehouse_items(id),
  property_id uuid not null references properties(id),
  checked_out int not null default 0 check (checked_out >= 0),
  returned int not null default 0 check (returned >= 0),
  lost int not null default 0 check (lost >= 0),
  primary key (notice_id, item_id),
  check (returned + lost <= checked_out)
);

create table material_movements (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  item_id uuid not null references warehouse_items(id),
  notice_id uuid references service_notices(id),
  kind text not null check (kind in ('restock','checkout','return','loss')),
  qty int not null check (qty > 0),
  by_user uuid not null references users(id),
  at timestamptz not null
);
create index material_movements_item_idx on material_movements (item_id, at);
