-- The access model (shared/ACCESS-MODEL.md): companies, customer groups, users, grants, categories,
-- and the first customer-owned record type, the case. Ids come from one sequence per table
-- (allocation 50, matching the JPA @SequenceGenerator; EclipseLink takes the 50 ids up to each value,
-- so the first value is 50).

create table customer_group (
    id      bigint primary key,
    name    varchar(100) not null,
    suffix  char(4)      not null check (suffix ~ '^[0-9]{4}$'),
    version integer      not null default 0,
    constraint customer_group_name_unique unique (name),
    constraint customer_group_suffix_unique unique (suffix)
);
create sequence customer_group_seq start with 50 increment by 50;

create table company (
    id                bigint primary key,
    name              varchar(200) not null,
    kind              varchar(16)  not null check (kind in ('OPERATOR', 'PARTNER', 'CUSTOMER')),
    parent_id         bigint references company (id),
    customer_group_id bigint references customer_group (id),
    version           integer      not null default 0,
    -- a customer company is in exactly one group; other companies are in none
    constraint company_group_only_for_customers check ((kind = 'CUSTOMER') = (customer_group_id is not null)),
    constraint company_not_own_parent check (parent_id <> id)
);
create sequence company_seq start with 50 increment by 50;
create index company_parent_idx on company (parent_id);
create index company_group_idx on company (customer_group_id);
create index company_name_idx on company (lower(name));

create table user_account (
    id                    bigint primary key,
    email                 varchar(320) not null,
    display_name          varchar(200) not null,
    kind                  varchar(16)  not null check (kind in ('INTERNAL', 'PARTNER', 'CUSTOMER')),
    company_id            bigint       not null references company (id),
    password_hash         varchar(255),
    active                boolean      not null default true,
    admin                 boolean      not null default false,
    case_visibility       varchar(16)  not null default 'OWN' check (case_visibility in ('OWN', 'COMPANY')),
    group_level           boolean      not null default false,
    company_administrator boolean      not null default false,
    version               integer      not null default 0,
    constraint user_admin_only_internal check (not admin or kind = 'INTERNAL')
);
create sequence user_account_seq start with 50 increment by 50;
create unique index user_account_email_unique on user_account (lower(email));
create index user_account_company_idx on user_account (company_id);

create table group_membership (
    id                bigint primary key,
    customer_group_id bigint      not null references customer_group (id),
    user_id           bigint      not null references user_account (id),
    level             varchar(5)  not null check (level in ('READ', 'WRITE')),
    constraint group_membership_unique unique (customer_group_id, user_id)
);
create sequence group_membership_seq start with 50 increment by 50;
create index group_membership_user_idx on group_membership (user_id);

create table user_group (
    id         bigint primary key,
    name       varchar(100) not null,
    company_id bigint       not null references company (id),
    version    integer      not null default 0,
    constraint user_group_name_unique unique (company_id, name)
);
create sequence user_group_seq start with 50 increment by 50;

create table user_group_member (
    user_group_id bigint not null references user_group (id) on delete cascade,
    user_id       bigint not null references user_account (id) on delete cascade,
    primary key (user_group_id, user_id)
);
create index user_group_member_user_idx on user_group_member (user_id);

create table company_access_grant (
    id                    bigint primary key,
    customer_id           bigint     not null references company (id),
    grantee_company_id    bigint references company (id),
    grantee_user_group_id bigint references user_group (id) on delete cascade,
    grantee_user_id       bigint references user_account (id) on delete cascade,
    level                 varchar(5) not null check (level in ('READ', 'WRITE')),
    include_subtree       boolean    not null default false,
    constraint grant_one_grantee check (num_nonnulls(grantee_company_id, grantee_user_group_id, grantee_user_id) = 1)
);
create sequence company_access_grant_seq start with 50 increment by 50;
create index grant_customer_idx on company_access_grant (customer_id);
create index grant_company_idx on company_access_grant (grantee_company_id);
create index grant_user_group_idx on company_access_grant (grantee_user_group_id);
create index grant_user_idx on company_access_grant (grantee_user_id);

create table category (
    id      bigint primary key,
    name    varchar(100) not null,
    version integer      not null default 0,
    constraint category_name_unique unique (name)
);
create sequence category_seq start with 50 increment by 50;

create table category_member (
    category_id bigint not null references category (id) on delete cascade,
    contact_id  bigint not null references user_account (id) on delete cascade,
    primary key (category_id, contact_id)
);
create index category_member_contact_idx on category_member (contact_id);

-- at most one per contact (seed 003)
create table category_read_access (
    id          bigint primary key,
    contact_id  bigint not null references user_account (id) on delete cascade,
    category_id bigint not null references category (id) on delete cascade,
    constraint category_read_access_one_per_contact unique (contact_id)
);
create sequence category_read_access_seq start with 50 increment by 50;

create table support_case (
    id           bigint primary key,
    customer_id  bigint       not null references company (id),
    requester_id bigint references user_account (id),
    title        varchar(200) not null,
    description  text         not null default '',
    type         varchar(16)  not null check (type in ('CASE', 'SERVICE_REQUEST', 'INCIDENT_REPORT', 'VISIT_REQUEST')),
    status       varchar(16)  not null check (status in ('OPEN', 'IN_PROGRESS', 'WAITING', 'CLOSED')),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      integer      not null default 0
);
create sequence support_case_seq start with 50 increment by 50;
create index support_case_customer_updated_idx on support_case (customer_id, updated_at desc, id desc);
create index support_case_requester_idx on support_case (requester_id);
create index support_case_updated_idx on support_case (updated_at desc, id desc);
