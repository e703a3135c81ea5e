-- Case mail in the outbox. A mail about a case remembers its recipient, case and comment, so that the
-- delivery can check, right before sending, that the recipient still sees them (access can be revoked
-- between the event and the send). A mail that must not go out ends CANCELLED; one that keeps failing
-- ends FAILED after a bounded number of attempts. Both keep the reason in last_error.

alter table mail_outbox drop constraint mail_outbox_state_check;
alter table mail_outbox alter column state type varchar(9);
alter table mail_outbox add constraint mail_outbox_state_check
    check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'));

alter table mail_outbox add column recipient_id bigint references user_account (id);
alter table mail_outbox add column case_id bigint references support_case (id);
alter table mail_outbox add column comment_id bigint references case_comment (id);
alter table mail_outbox add constraint mail_outbox_case_mail_check
    check (case_id is null or recipient_id is not null);
alter table mail_outbox add constraint mail_outbox_comment_on_case_check
    check (comment_id is null or case_id is not null);

-- the Mail screen: newest first, optionally one state
create index mail_outbox_newest_idx on mail_outbox (created_at desc, id desc);
create index mail_outbox_state_idx on mail_outbox (state, created_at desc, id desc);
