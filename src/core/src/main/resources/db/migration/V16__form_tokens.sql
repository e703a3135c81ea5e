-- The one-time token of the form a case or a comment was sent from: the same form sent again (the button pressed
-- twice, the browser replaying the POST, a person trying again after an outage) finds what it created the first
-- time instead of creating a second one. Unique, so two sends at the same moment cannot both store.
alter table support_case add column form_token varchar(64) unique;
alter table case_comment add column form_token varchar(64) unique;
