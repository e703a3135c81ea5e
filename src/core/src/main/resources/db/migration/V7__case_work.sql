-- Working on cases: assignment to internal users, public and internal comments, attachments, and the
-- events that notifications are made from. A case never changes customer or requester, so comments
-- and attachments carry copies of both: the access filter reads them without a join.

alter table support_case add column assignee_id bigint references user_account (id);
create index support_case_assignee_idx on support_case (assignee_id) where assignee_id is not null;

-- Whether the user wants e-mail about case events. Contacts and staff get it unless they switch it off;
-- partner users only when they opt in (seed 001, "email notifications for partners").
alter table user_account add column case_mail boolean not null default true;
update user_account set case_mail = false where kind = 'PARTNER';

create table case_comment (
    id           bigint primary key,
    case_id      bigint      not null references support_case (id),
    customer_id  bigint      not null references company (id),
    requester_id bigint references user_account (id),
    author_id    bigint      not null references user_account (id),
    -- an internal comment is for the back office only: never shown in the portal, never mailed outside the operator
    internal     boolean     not null default false,
    body         text        not null check (length(body) between 1 and 20000),
    created_at   timestamptz not null
);
create sequence case_comment_seq start with 50 increment by 50;
create index case_comment_case_idx on case_comment (case_id, created_at, id);

-- The bytes are a PostgreSQL large object (content): outside the row, written and read in pieces,
-- and part of the transaction like everything else.
create table attachment (
    id           bigint primary key,
    case_id      bigint       not null references support_case (id),
    comment_id   bigint references case_comment (id),
    customer_id  bigint       not null references company (id),
    requester_id bigint references user_account (id),
    internal     boolean      not null default false,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    content      oid          not null,
    uploaded_by  bigint       not null references user_account (id),
    created_at   timestamptz  not null
);
create sequence attachment_seq start with 50 increment by 50;
create index attachment_case_idx on attachment (case_id, id);

-- What happened to a case, written in the transaction of the change; the notification job turns each
-- event into mails after the commit, choosing the recipients then (dispatched_at marks it done).
create table case_event (
    id            bigint primary key,
    case_id       bigint      not null references support_case (id),
    kind          varchar(16) not null check (kind in ('CREATED', 'COMMENTED', 'STATUS_CHANGED', 'ASSIGNED')),
    comment_id    bigint references case_comment (id),
    actor_id      bigint references user_account (id),
    detail        varchar(200),
    created_at    timestamptz not null,
    dispatched_at timestamptz
);
create sequence case_event_seq start with 50 increment by 50;
create index case_event_pending_idx on case_event (id) where dispatched_at is null;
