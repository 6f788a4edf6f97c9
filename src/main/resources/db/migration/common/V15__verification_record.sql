-- A quote's status is a record, not a flag: who set it (an account's user name), when, and on what
-- evidence (a link or a note). Empty on quotes whose status no one has set since (the seed, and any
-- quote left unverified as it was created).
alter table quote add column status_set_by varchar(100);
alter table quote add column status_set_at timestamp(6) with time zone;
alter table quote add column status_evidence varchar(2000);
