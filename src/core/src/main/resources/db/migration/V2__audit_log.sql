-- The audit log: every change, sign-in, invitation, password reset and "view as" session, with the
-- real actor. Rows are only ever inserted.
create table audit_entry (
    id            bigint primary key,
    at            timestamptz  not null,
    actor_id      bigint references user_account (id),
    actor_email   varchar(320) not null,
    -- during "view as", the contact whose view the actor was looking at
    viewed_as_id  bigint references user_account (id),
    action        varchar(64)  not null,
    customer_id   bigint references company (id),
    subject       varchar(300) not null,
    before_value  text,
    after_value   text
);
create sequence audit_entry_seq start with 50 increment by 50;
create index audit_entry_at_idx on audit_entry (at desc, id desc);
create index audit_entry_actor_idx on audit_entry (actor_id, at desc);
create index audit_entry_customer_idx on audit_entry (customer_id, at desc);
