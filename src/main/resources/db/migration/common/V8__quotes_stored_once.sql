-- The same quote (speaker, source, normalised text) is stored once: a unique constraint, so that two
-- writes at once cannot both pass the check. Copies that such writes stored before keep their data
-- and stay visible for an editor to merge: their fingerprint is made distinct with their id.
alter table quote alter column text_fingerprint set data type varchar(84);
update quote q set text_fingerprint = text_fingerprint || '#' || q.id
    where exists (select 1 from quote o where o.speaker_id = q.speaker_id and o.source_id = q.source_id
                  and o.text_fingerprint = q.text_fingerprint and o.id < q.id);
alter table quote add constraint quote_duplicate_uq unique (speaker_id, source_id, text_fingerprint);
drop index quote_duplicate_idx;
