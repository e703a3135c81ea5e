-- Documents of a customer, each with numbered versions (a file, a note, who and when). A version is hidden
-- from the customer's contacts until staff share it (audience CUSTOMER); the document itself is seen by
-- contacts exactly while one of its versions is shared. Each version's file is an attachment whose record is
-- the version (record_type 'DocumentVersion').

create table document (
    id           bigint primary key,
    customer_id  bigint       not null references company (id),
    requester_id bigint references user_account (id),
    audience     varchar(16)  not null check (audience in ('BACK_OFFICE', 'CUSTOMER')),
    title        varchar(200) not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    unique (customer_id, title)
);
create sequence document_seq start with 50 increment by 50;

create table document_version (
    id           bigint primary key,
    document_id  bigint        not null references document (id),
    customer_id  bigint        not null references company (id),
    requester_id bigint references user_account (id),
    audience     varchar(16)   not null check (audience in ('BACK_OFFICE', 'CUSTOMER')),
    number       integer       not null,
    kind         varchar(16)   not null check (kind in ('UPLOAD', 'SNAPSHOT')),
    note         varchar(2000) not null default '',
    author_id    bigint        not null references user_account (id),
    created_at   timestamptz   not null,
    unique (document_id, number)
);
create sequence document_version_seq start with 50 increment by 50;
-- the customer's All documentation tab and the portal's Documentation page: newest first within the customers
create index document_version_customer_idx on document_version (customer_id, created_at desc, id desc);
-- what contacts may see; the predicate is the one the access rule's contact branch implies (audience 'CUSTOMER'
-- or 'REQUESTER'), so that PostgreSQL takes this index for a contact's page
create index document_version_shared_idx on document_version (customer_id, created_at desc, id desc)
    where audience in ('CUSTOMER', 'REQUESTER');

-- Mail about any customer-owned record names it by type and id; the delivery asks again, right before
-- sending, whether the recipient still sees it.
alter table mail_outbox rename column case_id to record_id;
alter table mail_outbox drop constraint mail_outbox_case_id_fkey;
alter table mail_outbox add column record_type varchar(40);
update mail_outbox set record_type = 'SupportCase' where record_id is not null;
alter table mail_outbox add constraint mail_outbox_record_check check ((record_type is null) = (record_id is null));
