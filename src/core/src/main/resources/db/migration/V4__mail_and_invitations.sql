-- Outgoing mail and password links. A mail is written to the outbox in the transaction of the change
-- it tells about, so a rolled-back change sends nothing; the delivery job sends it after the commit.

create table mail_outbox (
    id              bigint primary key,
    recipient       varchar(320) not null,
    subject         varchar(300) not null,
    body            text         not null,
    created_at      timestamptz  not null,
    -- PENDING: waiting (again) for next_attempt_at; SENDING: claimed by one delivery job, which alone may
    -- send it; SENT. A row left in SENDING by a crash stays there: a mail is sent at most once.
    state           varchar(8)   not null default 'PENDING' check (state in ('PENDING', 'SENDING', 'SENT')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      text
);
create sequence mail_outbox_seq start with 50 increment by 50;
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where state = 'PENDING';

-- A link that lets a user set their password: an invitation or a password reset. Only a hash of the
-- token is stored; the token itself is only ever in the mail. Single use; a newer link replaces older ones.
create table password_link (
    id         bigint primary key,
    user_id    bigint       not null references user_account (id) on delete cascade,
    token_hash char(64)     not null,
    purpose    varchar(16)  not null check (purpose in ('INVITATION', 'RESET')),
    created_at timestamptz  not null,
    expires_at timestamptz  not null,
    -- set when the link is used or replaced by a newer one
    spent_at   timestamptz,
    constraint password_link_token_unique unique (token_hash)
);
create sequence password_link_seq start with 50 increment by 50;
create index password_link_user_idx on password_link (user_id) where spent_at is null;
