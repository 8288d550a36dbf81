-- S5 dispatch modes per repair type (assign / grab 抢单 / rotate 轮派), the rotation pointer, and the
-- dispatch mode recorded on each work order.
create table if not exists dispatch_rules (
  property_id uuid not null,
  subcategory text not null,
  mode text not null check (mode in ('assign', 'grab', 'rotate')),
  assignee_id uuid,
  team_role text,
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (property_id, subcategory)
);

create table if not exists dispatch_rotation (
  property_id uuid not null,
  subcategory text not null,
  last_user_id uuid,
  updated_at timestamptz not null default now(),
  primary key (property_id, subcategory)
);

alter table work_orders add column if not exists dispatch_mode text;
create index if not exists work_orders_open_assignee_idx on work_orders (property_id, assignee_id) where status in ('issued', 'accepted', 'on_site');
