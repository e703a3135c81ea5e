-- Layers of a design (seed 002): one per layer type (one-up artwork, manufacturing drawing, 3D, ...: a list an
-- administrator keeps), each with numbered revisions (a new upload keeps the old one); a revision's file and its
-- generated preview image are attachments of the revision (record_type 'LayerRevision'). Per customer, the
-- operator chooses which layer types its contacts may view; a site follows the companies above it too.
-- Contacts' decisions on a design under review name the exact revisions they reviewed, and annotations (W3C Web
-- Annotations on a revision's preview) may be internal. Every audience here is derived, and only
-- DesignVisibility writes it:
--   layer, revision, its files: CUSTOMER while the design is and the layer type is allowed for its customer;
--   decision: the design's;  annotation: its revision's, BACK_OFFICE when internal.

create table layer_type (
    id   bigint primary key,
    name varchar(80) not null unique
);
-- EclipseLink hands out the 50 ids below each value it draws: the first lot (51 to 100) stays clear of the types above
create sequence layer_type_seq start with 100 increment by 50;
insert into layer_type (id, name) values (1, 'One-up artwork'), (2, 'Step and repeat'), (3, 'Manufacturing drawing'),
                                         (4, 'Die-cut'), (5, '3D model'), (6, 'Colour proof');

-- the layer types a customer's contacts may view; they also hold for the companies below it
create table customer_layer_type (
    customer_id   bigint not null references company (id),
    layer_type_id bigint not null references layer_type (id),
    primary key (customer_id, layer_type_id)
);

create table design_layer (
    id            bigint primary key,
    design_id     bigint      not null references design (id),
    customer_id   bigint      not null references company (id),
    requester_id  bigint references user_account (id),
    audience      varchar(16) not null check (audience in ('BACK_OFFICE', 'CUSTOMER')),
    layer_type_id bigint      not null references layer_type (id),
    created_at    timestamptz not null,
    unique (design_id, layer_type_id)
);
create sequence design_layer_seq start with 50 increment by 50;
create index design_layer_customer_idx on design_layer (customer_id);

create table layer_revision (
    id           bigint primary key,
    layer_id     bigint        not null references design_layer (id),
    customer_id  bigint        not null references company (id),
    requester_id bigint references user_account (id),
    audience     varchar(16)   not null check (audience in ('BACK_OFFICE', 'CUSTOMER')),
    number       integer       not null,
    note         varchar(2000) not null default '',
    file_id      bigint references attachment (id),
    -- null when the file's format has no preview
    preview_id   bigint references attachment (id),
    author_id    bigint        not null references user_account (id),
    created_at   timestamptz   not null,
    unique (layer_id, number)
);
create sequence layer_revision_seq start with 50 increment by 50;
create index layer_revision_customer_idx on layer_revision (customer_id);

create table design_decision (
    id           bigint primary key,
    design_id    bigint        not null references design (id),
    customer_id  bigint        not null references company (id),
    requester_id bigint references user_account (id),
    audience     varchar(16)   not null check (audience in ('BACK_OFFICE', 'CUSTOMER')),
    decision     varchar(24)   not null check (decision in ('APPROVED', 'MODIFICATION_REQUESTED')),
    comment      varchar(4000) not null default '',
    decided_by   bigint        not null references user_account (id),
    decided_at   timestamptz   not null
);
create sequence design_decision_seq start with 50 increment by 50;
create index design_decision_design_idx on design_decision (design_id);
-- the revisions the contact had in front of them: a later upload is never covered by this decision
create table design_decision_revision (
    decision_id bigint not null references design_decision (id),
    revision_id bigint not null references layer_revision (id),
    primary key (decision_id, revision_id)
);

create table layer_annotation (
    id           bigint primary key,
    revision_id  bigint        not null references layer_revision (id),
    customer_id  bigint        not null references company (id),
    requester_id bigint references user_account (id),
    audience     varchar(16)   not null check (audience in ('BACK_OFFICE', 'CUSTOMER')),
    number       integer       not null,
    -- the W3C Web Annotation (JSON) as the browser drew it: its target selector says where on the preview
    body         text          not null,
    comment      varchar(2000) not null,
    internal     boolean       not null,
    author_id    bigint        not null references user_account (id),
    created_at   timestamptz   not null,
    resolved_by  bigint references user_account (id),
    resolved_at  timestamptz,
    version      integer       not null default 0,
    unique (revision_id, number)
);
create sequence layer_annotation_seq start with 50 increment by 50;
create index layer_annotation_customer_idx on layer_annotation (customer_id);

-- a contact who may approve designs or request modifications (set in the back office)
alter table user_account add column approves_designs boolean not null default false;

-- the catalogue and reviews: a contact's visible designs of one status, by name
create index design_visible_idx on design (customer_id, status, name, id) where audience in ('CUSTOMER', 'REQUESTER');

-- a design's history is its events: status changes, uploads, decisions, annotations and their resolution; the
-- notification job mails staff about decisions
alter table record_event drop constraint record_event_kind_check;
alter table record_event add constraint record_event_kind_check
    check (kind in ('CREATED', 'COMMENTED', 'STATUS_CHANGED', 'ASSIGNED', 'SHARED', 'UPLOADED', 'DECIDED', 'ANNOTATED', 'RESOLVED'));
alter table record_event alter column detail type varchar(500);
create index record_event_record_idx on record_event (record_type, record_id, created_at);
