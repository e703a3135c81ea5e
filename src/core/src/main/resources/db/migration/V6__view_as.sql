-- "View as" (seed 004): a staff member opens the portal as a contact. The back office issues a
-- ticket, the portal redeems it once, within a minute; only a hash of the ticket is stored.
create table view_as_ticket (
    id          bigint primary key,
    token_hash  char(64)    not null unique,
    actor_id    bigint      not null references user_account (id),
    contact_id  bigint      not null references user_account (id),
    expires_at  timestamptz not null,
    redeemed_at timestamptz
);
create sequence view_as_ticket_seq start with 50 increment by 50;
