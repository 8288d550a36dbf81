-- 部门负责人 / 领班: overdue tasks of a department alert its heads (and the service center), not every member.
alter table staff_profiles add column department_head boolean not null default false;
create index staff_profiles_heads_idx on staff_profiles (property_id) where department_head;
