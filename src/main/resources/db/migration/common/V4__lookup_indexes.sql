-- Imports find sources by title; quotes by speaker are served by quote_duplicate_idx, whose first
-- column is speaker_id; and quotes are ordered by the search index, not by the database.
create index source_title_idx on source (title);
drop index quote_speaker_idx;
drop index quote_spoken_on_idx;
