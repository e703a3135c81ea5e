-- A request raised from an asset's page (seed 004: a service request, incident report or visit request) names the
-- asset; the asset's page lists them. The case keeps its own access rule: the asset only says what it is about.
alter table support_case add column asset_id bigint references asset (id);
create index support_case_asset_idx on support_case (asset_id) where asset_id is not null;
