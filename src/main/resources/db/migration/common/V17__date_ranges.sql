-- A quote, or a review candidate, said on one of several days ("between 20 and 21 February"): the
-- range's last day, set only when date_precision is BETWEEN.
alter table quote add column spoken_until date;
alter table review_candidate add column spoken_until date;
