-- The other people the extractor found the words for a candidate's speaker could refer to ("he"
-- after two men were named), one name a line; null when it saw no other.
alter table review_candidate add column speaker_alternatives varchar(1000);
