-- Sessions of an account end when its epoch moves on (sign-out, a new password, disabling it): each
-- session cookie carries the epoch it was opened in.
alter table app_user add column session_epoch integer default 0 not null;
