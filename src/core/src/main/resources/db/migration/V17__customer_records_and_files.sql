-- Every customer-owned record carries the same three columns the access filter reads: its customer, the
-- contact it was raised by (if any) and its audience, which of the customer's contacts may see it:
--   BACK_OFFICE  none of them: operator staff and partners only (internal notes, hidden versions);
--   REQUESTER    the contact who raised it, and whoever sees that contact's records (cases and their parts);
--   CUSTOMER     every contact whose companies include the customer (shared documents).
-- One rule over these columns protects every record type (docs/access-model.md).

alter table support_case add column audience varchar(16) not null default 'REQUESTER';

alter table case_comment add column audience varchar(16) not null default 'REQUESTER';
update case_comment set audience = 'BACK_OFFICE' where internal;
alter table case_comment drop column internal;

-- Files belong to any customer-owned record, named by its entity name and id. There is no foreign key to
-- the owner (it may be in any table): the download finds the owner through the reader's scope instead, and
-- owners are never deleted.
alter table attachment rename column case_id to record_id;
alter table attachment drop constraint attachment_case_id_fkey;
alter table attachment add column record_type varchar(40) not null default 'SupportCase';
alter table attachment alter column record_type drop default;
alter table attachment add column audience varchar(16) not null default 'REQUESTER';
update attachment set audience = 'BACK_OFFICE' where internal;
alter table attachment drop column internal;
drop index attachment_case_idx;
create index attachment_record_idx on attachment (record_type, record_id, id);

alter table support_case add constraint support_case_audience_check check (audience in ('BACK_OFFICE', 'REQUESTER', 'CUSTOMER'));
alter table case_comment add constraint case_comment_audience_check check (audience in ('BACK_OFFICE', 'REQUESTER', 'CUSTOMER'));
alter table attachment add constraint attachment_audience_check check (audience in ('BACK_OFFICE', 'REQUESTER', 'CUSTOMER'));
