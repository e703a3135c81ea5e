-- Self-registration on the portal with a customer-group code (seed 000 step 14), and the throttle that
-- keeps codes from being guessed.

-- A registered contact must open the link mailed to them before they can sign in. Everyone else proved
-- their address already (an invitation or reset link reached them), so existing users are confirmed.
alter table user_account add column email_confirmed boolean not null default true;

alter table password_link drop constraint password_link_purpose_check;
alter table password_link add constraint password_link_purpose_check check (purpose in ('INVITATION', 'RESET', 'CONFIRMATION'));

-- A registration refused for an unknown customer-group code, by the client address it came from. Five
-- within 15 minutes block that address; rows older than the window are deleted as new ones come in.
create table registration_refusal (
    id             bigint primary key,
    client_address varchar(64) not null,
    refused_at     timestamptz not null
);
create sequence registration_refusal_seq start with 50 increment by 50;
create index registration_refusal_address_idx on registration_refusal (client_address, refused_at);
