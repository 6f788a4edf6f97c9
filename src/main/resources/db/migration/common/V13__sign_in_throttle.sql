-- The sign-in throttle's counts, in the database so that every instance sees them (SignInThrottle,
-- SignInCounts). One row per scope and subject: P an account from one address, A an address, U an
-- account (failures, and attempts being checked, in the window ending at ends_at), K an address the
-- account signed in from (known until ends_at). ends_at is in epoch milliseconds: the same instant on
-- every instance, whatever its time zone. Rows whose window ended are deleted, and each scope is kept
-- to a bounded number of rows.
create table sign_in_throttle (
    scope char(1) not null,
    subject varchar(500) not null,
    failures integer not null,
    ends_at bigint not null,
    primary key (scope, subject)
);
create index sign_in_throttle_ends on sign_in_throttle (scope, ends_at, subject);
