-- Statements: reports of one speaker's words in several sources are one statement (issue 13). A
-- statement is the number its reports share; it lasts while one report carries it.
alter table quote add column statement_id bigint;
-- An editor split or merged this report by hand: relinking leaves it where it was put.
alter table quote add column statement_pinned boolean default false not null;
-- The speaker-free key of the report's words: the same words attributed to someone else.
alter table quote add column wording_hash bigint;
create index quote_statement_idx on quote (statement_id);
create index quote_wording_hash_idx on quote (wording_hash);
create sequence statement_id_seq;
