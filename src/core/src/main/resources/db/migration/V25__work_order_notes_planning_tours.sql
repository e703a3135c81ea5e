-- The work on assets (seed 004), continued: notes on work orders, planning entries and tours. Every one is a
-- customer-owned record under the one access rule. Whom among the contacts it shows is its sight, derived in the
-- transaction of each change: a public note and a work order's or asset's file follow their work order or asset, an
-- internal note is the back office's; a planning entry and a tour are seen by the contacts they are assigned to.

-- a note on a work order: public ones are read by the contacts who see the work order, internal ones by staff only
create table work_order_note (
    id            bigint primary key,
    work_order_id bigint        not null references work_order (id),
    customer_id   bigint        not null references company (id),
    requester_id  bigint references user_account (id),
    audience      varchar(16)   not null check (audience in ('BACK_OFFICE', 'CONTACTS')),
    sight         text          not null default '',
    author_id     bigint        not null references user_account (id),
    body          varchar(4000) not null,
    created_at    timestamptz   not null
);
create sequence work_order_note_seq start with 50 increment by 50;
create index work_order_note_order_idx on work_order_note (work_order_id, created_at, id);

-- A visit to an asset at a time, by a technician (staff or a partner's user), optionally for one work order (then it
-- is that work order's plan: its planned date and duration follow the entry), assigned to contacts or to none.
create table planning_entry (
    id            bigint primary key,
    customer_id   bigint       not null references company (id),
    requester_id  bigint references user_account (id),
    audience      varchar(16)  not null check (audience in ('BACK_OFFICE', 'CONTACTS')),
    sight         text         not null default '',
    asset_id      bigint       not null references asset (id),
    work_order_id bigint unique references work_order (id),
    title         varchar(200) not null,
    starts_at     timestamptz  not null,
    minutes       integer      not null check (minutes > 0 and minutes <= 1440),
    technician_id bigint       not null references user_account (id),
    version       integer      not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create sequence planning_entry_seq start with 50 increment by 50;
-- the calendar reads a period: of one customer, or of all a reader sees
create index planning_entry_customer_idx on planning_entry (customer_id, starts_at, id);
create index planning_entry_starts_idx on planning_entry (starts_at, id);
create index planning_entry_asset_idx on planning_entry (asset_id);

create table planning_entry_contact (
    planning_entry_id bigint not null references planning_entry (id) on delete cascade,
    contact_id        bigint not null references user_account (id),
    primary key (planning_entry_id, contact_id)
);

-- A tour: one technician's ordered stops at one customer's assets on one day, printed to take along.
create table tour (
    id            bigint primary key,
    customer_id   bigint       not null references company (id),
    requester_id  bigint references user_account (id),
    audience      varchar(16)  not null check (audience in ('BACK_OFFICE', 'CONTACTS')),
    sight         text         not null default '',
    day           date         not null,
    name          varchar(200) not null,
    technician_id bigint       not null references user_account (id),
    version       integer      not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create sequence tour_seq start with 50 increment by 50;
create index tour_customer_idx on tour (customer_id, day, id);
create index tour_day_idx on tour (day, id);

-- a stop is read through its tour and its asset, both under the access rule: a reader sees the stops whose asset they see
create table tour_stop (
    tour_id  bigint  not null references tour (id) on delete cascade,
    position integer not null check (position >= 0),
    asset_id bigint  not null references asset (id),
    primary key (tour_id, position)
);
create index tour_stop_asset_idx on tour_stop (asset_id);

create table tour_contact (
    tour_id    bigint not null references tour (id) on delete cascade,
    contact_id bigint not null references user_account (id),
    primary key (tour_id, contact_id)
);
