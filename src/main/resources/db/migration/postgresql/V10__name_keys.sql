-- PostgreSQL's version of h2/V10__name_keys.sql: the same schema in PostgreSQL's types (text for clob; generated columns stored).
-- Speakers and venues are found by name in any case, and speakers by alias. A lookup of
-- lower(name) scanned the whole table: one scan per new name, thousands in an import. The
-- database keeps the lower-case key itself (a generated column), indexed.
alter table speaker add column name_key varchar(200) generated always as (lower(name)) stored;
create index speaker_name_key_idx on speaker (name_key);
alter table speaker_alias add column alias_key varchar(200) generated always as (lower(alias)) stored;
create index speaker_alias_key_idx on speaker_alias (alias_key);
alter table venue add column name_key varchar(300) generated always as (lower(name)) stored;
create index venue_name_key_idx on venue (name_key);
