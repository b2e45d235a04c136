-- Articles: every version of every article, with its text so evidence can always be shown.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    url          TEXT,
    title        TEXT,
    outlet       TEXT,
    published    TEXT,
    content_hash TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    ingested     TEXT    NOT NULL,
    is_current   INTEGER NOT NULL,
    UNIQUE (article_id, version)
);
CREATE INDEX articles_current_id ON articles (article_id) WHERE is_current = 1;
CREATE INDEX articles_current_url ON articles (url) WHERE is_current = 1;

-- Canonical events: one per real-world event, a summary of its reports kept for querying.
CREATE TABLE canonical_events (
    id               INTEGER PRIMARY KEY,
    event_type       TEXT    NOT NULL,
    sub_event_type   TEXT    NOT NULL,
    tags             TEXT    NOT NULL,
    date_from        TEXT,
    date_to          TEXT,
    location_name    TEXT,
    admin1           TEXT,
    country          TEXT,
    lat              REAL,
    lon              REAL,
    facility         TEXT,
    actors           TEXT    NOT NULL,
    search_text      TEXT    NOT NULL,
    body             TEXT    NOT NULL
);
CREATE INDEX canonical_events_dates ON canonical_events (date_from, date_to);
CREATE INDEX canonical_events_lat ON canonical_events (lat);
CREATE INDEX canonical_events_facility ON canonical_events (facility);

-- Reports: one event as one article version reports it.
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    article_row  INTEGER NOT NULL REFERENCES articles (id),
    canonical_id INTEGER NOT NULL REFERENCES canonical_events (id),
    local_id     TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    evidence     TEXT    NOT NULL
);
CREATE INDEX reports_canonical ON reports (canonical_id);
CREATE INDEX reports_article ON reports (article_row);

-- Claims: every figure, of an event (report_id set) or of the article (a fact about a facility).
CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    article_row  INTEGER NOT NULL REFERENCES articles (id),
    report_id    INTEGER REFERENCES reports (id),
    what         TEXT    NOT NULL,
    min_value    INTEGER,
    max_value    INTEGER,
    best_value   INTEGER,
    words        TEXT,
    source       TEXT,
    certainty    TEXT    NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_length INTEGER NOT NULL,
    evidence     TEXT    NOT NULL,
    facility     TEXT,
    as_of        TEXT
);
CREATE INDEX claims_report ON claims (report_id);
CREATE INDEX claims_article ON claims (article_row);
CREATE INDEX claims_facility ON claims (facility);
