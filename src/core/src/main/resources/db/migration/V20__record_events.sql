-- Events of any customer-owned record, named by its entity name and id like its files (V17) and its mail (V18):
-- a change writes its event in its own transaction, and the notification job hands each event, after the commit,
-- to the notifications of its record type, which choose the recipients then. There is no foreign key to the
-- record (it may be in any table); records are never deleted. Existing events are all of cases.
alter table case_event rename to record_event;
alter table record_event rename constraint case_event_pkey to record_event_pkey;
alter table record_event rename column case_id to record_id;
alter table record_event drop constraint case_event_case_id_fkey;
alter table record_event add column record_type varchar(40) not null default 'SupportCase';
alter table record_event alter column record_type drop default;
alter table record_event rename constraint case_event_comment_id_fkey to record_event_comment_id_fkey;
alter table record_event rename constraint case_event_actor_id_fkey to record_event_actor_id_fkey;

-- cases' kinds, and a document version shared with the customer
alter table record_event drop constraint case_event_kind_check;
alter table record_event add constraint record_event_kind_check
    check (kind in ('CREATED', 'COMMENTED', 'STATUS_CHANGED', 'ASSIGNED', 'SHARED'));

alter sequence case_event_seq rename to record_event_seq;
alter index case_event_pending_idx rename to record_event_pending_idx;
