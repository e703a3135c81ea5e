-- Sign-in throttling (ASVS 2.2.1) and the limit on mails that people who are not signed in can have sent.
-- Counted in the database, so the counts hold across both applications and every server.

-- A sign-in attempt that was let through to the password check, written before the password is hashed
-- and deleted when the password was right: an attempt still being checked counts already, so parallel
-- guesses cannot all pass the count. Counted per e-mail as typed (lower case) and per client address;
-- rows older than an hour are deleted as new attempts come in.
create table sign_in_failure (
    id             bigint primary key,
    account        varchar(320) not null,
    client_address varchar(64)  not null,
    failed_at      timestamptz  not null
);
create sequence sign_in_failure_seq start with 50 increment by 50;
create index sign_in_failure_account_idx on sign_in_failure (account, failed_at);
create index sign_in_failure_address_idx on sign_in_failure (client_address, failed_at);
create index sign_in_failure_at_idx on sign_in_failure (failed_at);

-- A mail sent because someone who is not signed in asked for it (a password reset link, a new confirmation
-- link, "someone tried to register with your address"), by recipient: a few per hour, so that nobody can
-- use Gatehouse to flood an inbox.
create table requested_mail (
    id        bigint primary key,
    recipient varchar(320) not null,
    sent_at   timestamptz  not null
);
create sequence requested_mail_seq start with 50 increment by 50;
create index requested_mail_recipient_idx on requested_mail (recipient, sent_at);
