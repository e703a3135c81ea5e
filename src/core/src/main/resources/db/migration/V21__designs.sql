-- Designs (seed 002): a customer's (or one of its sites') packaging designs with a status. Which statuses the
-- customer's contacts see is an installation setting, which a customer group may override; a design in any
-- other status does not exist for a contact. The design's audience column says the outcome (CUSTOMER: its
-- status is visible for its customer, else BACK_OFFICE) and is kept current by DesignVisibility whenever a
-- status or a setting changes, so the one access rule of every customer-owned record protects designs too.

create table design_visible_status (
    status varchar(20) primary key
);
insert into design_visible_status (status) values ('READY_FOR_REVIEW'), ('APPROVED'), ('ACTIVE');

-- a group with its own statuses lists them here, and sees exactly those (possibly none)
alter table customer_group add column own_design_statuses boolean not null default false;
create table customer_group_design_status (
    customer_group_id bigint      not null references customer_group (id),
    status            varchar(20) not null,
    primary key (customer_group_id, status)
);

create table design (
    id           bigint primary key,
    customer_id  bigint        not null references company (id),
    requester_id bigint references user_account (id),
    audience     varchar(16)   not null check (audience in ('BACK_OFFICE', 'CUSTOMER')),
    name         varchar(200)  not null,
    code         varchar(60)   not null,
    description  varchar(4000) not null default '',
    status       varchar(20)   not null check (status in ('DRAFT', 'IN_PROGRESS', 'READY_FOR_REVIEW', 'APPROVED', 'ACTIVE',
                                                           'UNDER_MODIFICATION', 'RETIRED')),
    owner_id     bigint        references user_account (id),
    version      integer       not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    unique (customer_id, code)
);
create sequence design_seq start with 50 increment by 50;
create index design_customer_idx on design (customer_id, status, name, id);
