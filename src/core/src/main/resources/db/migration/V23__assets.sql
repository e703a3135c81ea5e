-- Assets (seed 004): each customer's equipment as a tree (site > building > equipment, any depth). The operator makes
-- an asset visible to, or assigns it to, a contact of the customer; the contact then sees it and everything below it,
-- assets added later included. Unlike the audiences so far, this sight is per contact: such a record carries the
-- audience 'CONTACTS' and, in its sight column, the ids of the contacts who see it (',12,45,'), which the one access
-- rule reads. Every customer-owned record has the column (empty unless its audience is 'CONTACTS'); only AssetSight
-- writes it for assets, worked out set-based from the grants in the transaction of every change.

alter table support_case add column sight text not null default '';
alter table case_comment add column sight text not null default '';
alter table attachment add column sight text not null default '';
alter table document add column sight text not null default '';
alter table document_version add column sight text not null default '';
alter table design add column sight text not null default '';
alter table design_layer add column sight text not null default '';
alter table layer_revision add column sight text not null default '';
alter table design_decision add column sight text not null default '';
alter table layer_annotation add column sight text not null default '';

create table asset (
    id            bigint primary key,
    customer_id   bigint        not null references company (id),
    requester_id  bigint references user_account (id),
    audience      varchar(16)   not null check (audience in ('BACK_OFFICE', 'CONTACTS')),
    sight         text          not null default '',
    parent_id     bigint references asset (id),
    -- the ids from the root down to this asset, '/12/40/41/': a subtree is a prefix
    path          varchar(1000) not null,
    name          varchar(200)  not null,
    code          varchar(60)   not null,
    type          varchar(80)   not null default '',
    make          varchar(80)   not null default '',
    model         varchar(80)   not null default '',
    serial_number varchar(80)   not null default '',
    location      varchar(200)  not null default '',
    notes         varchar(4000) not null default '',
    status        varchar(16)   not null check (status in ('IN_SERVICE', 'OUT_OF_SERVICE', 'RETIRED')),
    version       integer       not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    unique (customer_id, code),
    constraint asset_not_own_parent check (parent_id <> id)
);
create sequence asset_seq start with 50 increment by 50;
create index asset_path_idx on asset (path text_pattern_ops);
create index asset_parent_idx on asset (parent_id);
create index asset_customer_idx on asset (customer_id, name, id);

-- "What's next / Assign": a contact of the asset's customer is assigned the asset, or it is only made visible to them
create table asset_grant (
    asset_id   bigint  not null references asset (id),
    contact_id bigint  not null references user_account (id),
    assigned   boolean not null,
    primary key (asset_id, contact_id)
);
create index asset_grant_contact_idx on asset_grant (contact_id);


-- an asset's files are seen by whoever sees the asset
alter table attachment drop constraint attachment_audience_check;
alter table attachment add constraint attachment_audience_check check (audience in ('BACK_OFFICE', 'REQUESTER', 'CUSTOMER', 'CONTACTS'));

-- Work orders under an asset. A contact sees one while they see its asset, unless their option "assigned work orders
-- only" is on: then only those assigned or made visible to them (work_order_grant). Its sight is derived like an
-- asset's (WorkOrderSight).
create table work_order (
    id             bigint primary key,
    asset_id       bigint        not null references asset (id),
    customer_id    bigint        not null references company (id),
    requester_id   bigint references user_account (id),
    audience       varchar(16)   not null check (audience in ('BACK_OFFICE', 'CONTACTS')),
    sight          text          not null default '',
    title          varchar(200)  not null,
    description    varchar(4000) not null default '',
    type           varchar(16)   not null check (type in ('PREVENTIVE', 'CORRECTIVE', 'INSPECTION', 'INSTALLATION')),
    priority       varchar(8)    not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status         varchar(16)   not null check (status in ('OPEN', 'SCHEDULED', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED')),
    planned_at     timestamptz,
    planned_minutes integer      check (planned_minutes > 0),
    assignee_id    bigint references user_account (id),
    minutes_spent  integer       not null default 0 check (minutes_spent >= 0),
    version        integer       not null default 0,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);
create sequence work_order_seq start with 50 increment by 50;
create index work_order_asset_idx on work_order (asset_id, planned_at);
create index work_order_customer_idx on work_order (customer_id, planned_at, id);

create table work_order_grant (
    work_order_id bigint  not null references work_order (id),
    contact_id    bigint  not null references user_account (id),
    assigned      boolean not null,
    primary key (work_order_id, contact_id)
);

-- The partial indexes of what contacts may see follow the access rule's contact branch, which now also admits the
-- audience 'CONTACTS': PostgreSQL takes such an index only when the rule implies its predicate.
drop index document_version_shared_idx;
create index document_version_shared_idx on document_version (customer_id, created_at desc, id desc)
    where audience in ('CUSTOMER', 'REQUESTER', 'CONTACTS');
drop index design_visible_idx;
create index design_visible_idx on design (customer_id, status, name, id) where audience in ('CUSTOMER', 'REQUESTER', 'CONTACTS');
