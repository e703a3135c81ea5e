-- A new password ends every session signed in with the old one (ASVS 3.3.3): each session keeps the
-- number it read at sign-in, and the sign-in mechanism compares it with this one on every request.
alter table user_account add column session_generation integer not null default 0;
