-- Large events (M13): catering — the meals of each day with menus, the count sent to the caterer and the signed real count.
create table event_meals (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  day date not null,
  kind text not null check (kind in ('tea','breakfast','lunch','dinner')),
  starts_at timestamptz not null,
  place text,
  venue_id uuid,
  style text not null default 'table' check (style in ('buffet','table','boxed','tea')),
  caterer_name text,
  caterer_contact text,
  caterer_phone text,
  price_fen int not null default 0 check (price_fen >= 0),
  staff_count int not null default 0 check (staff_count >= 0),
  notes text,
  chosen_menu_id uuid,
  ordered_count int,
  ordered_dietary jsonb,
  ordered_at timestamptz,
  actual_count int check (actual_count >= 0),
  signer_name text,
  signature_file_id uuid,
  signed_by uuid,
  signed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, kind, starts_at),
  check ((signed_at is null) = (actual_count is null))
);
create index event_meals_event_idx on event_meals (event_id, starts_at);
create index event_meals_due_idx on event_meals (starts_at) where ordered_at is null;

create table event_meal_menus (
  id uuid primary key default gen_random_uuid(),
  meal_id uuid not null references event_meals(id) on delete cascade,
  event_id uuid not null references events(id) on delete cascade,
  name text not null,
  dishes text[] not null default '{}',
  price_fen int not null check (price_fen >= 0),
  created_at timestamptz not null default now()
);
create index event_meal_menus_meal_idx on event_meal_menus (meal_id, created_at);
