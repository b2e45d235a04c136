-- How many days an event spans, so a date window is searched on a bounded range of first days: events of a month or
-- less (nearly all) start at most 31 days before the window; the few longer ones have an index of their own.
ALTER TABLE canonical_events ADD COLUMN span_days INTEGER;
UPDATE canonical_events SET span_days = CAST(julianday(date_to) - julianday(date_from) AS INTEGER);
-- Dates, latitude and longitude in the index, so date and distance filters are checked before any row is read.
CREATE INDEX canonical_events_short ON canonical_events (date_from, date_to, lat, lon) WHERE span_days <= 31;
CREATE INDEX canonical_events_long ON canonical_events (date_from, date_to) WHERE span_days > 31;
-- A circle without dates is searched on a latitude and longitude box, both checked in the index.
DROP INDEX canonical_events_lat;
CREATE INDEX canonical_events_lat_lon ON canonical_events (lat, lon);
