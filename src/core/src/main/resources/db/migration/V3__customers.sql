-- Customer groups and customers administered in the back office.
-- A group's name is typed as part of its code on the portal's registration page, where case does
-- not matter: two groups may not differ in case only.
create unique index customer_group_name_lower_unique on customer_group (lower(name));
