-- How many days an event spans, so a date window is searched on a bounded range of first days: events of a month or
-- less (nearly all) start at most 31 days before the window; the few longer ones have an index of their own.
ALTER TABLE canonical_events ADD COLUMN span_days INTEGER;
UPDATE canonical_events SET span_days = date_to::date - date_from::date;
CREATE INDEX canonical_events_short ON canonical_events (date_from, date_to, lat, lon) WHERE span_days <= 31;
CREATE INDEX canonical_events_long ON canonical_events (date_from, date_to) WHERE span_days > 31;
