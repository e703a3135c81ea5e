-- Indexes the benchmark called for (src/bench/RESULTS.md).

-- "Title or number" searches part of a title among a million cases: a trigram index answers "contains"
-- without reading every title. pg_trgm ships with PostgreSQL and is a trusted extension: the owner of the
-- database may create it.
create extension if not exists pg_trgm;
create index support_case_title_trgm_idx on support_case using gin (lower(title) gin_trgm_ops);

-- "My cases" and the group views list a requester's cases by last update: the first page straight from the index.
create index support_case_requester_updated_idx on support_case (requester_id, updated_at desc, id desc);
drop index support_case_requester_idx;
