-- A password, invitation or confirmation link in a mail is a secret: whoever reads it, in the database or in a
-- backup, could choose the user's password. The outbox keeps the link beside the body only while the mail waits,
-- and takes it out of the body once the mail is sent; bodies of sent mail are emptied after gatehouse.mail.keep-days.
alter table mail_outbox add column link text;
alter table mail_outbox add constraint mail_outbox_sent_keeps_no_link_check check (link is null or state <> 'SENT');

-- mail written before: a waiting one remembers its link for the send, a sent one loses it now
update mail_outbox set link = substring(body from 'https?://[^[:space:]]+\?token=[A-Za-z0-9_-]+')
 where state <> 'SENT' and body ~ '\?token=';
update mail_outbox set body = regexp_replace(body, 'https?://[^[:space:]]+\?token=[A-Za-z0-9_-]+', '(link removed once sent)', 'g')
 where state = 'SENT' and body ~ '\?token=';
