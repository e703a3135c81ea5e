-- Partners with company access, and categories of customer contacts (seeds 001, 003).

-- Category names are chosen from lists and typed in searches, where case does not matter: two
-- categories may not differ in case only. The same goes for the user groups of one partner company.
create unique index category_name_lower_unique on category (lower(name));
create unique index user_group_name_lower_unique on user_group (company_id, lower(name));
create index user_group_company_idx on user_group (company_id);

-- Seed 004: a contact with this flag sees only the work orders assigned to them (work orders come later).
alter table user_account add column assigned_work_orders_only boolean not null default false;
