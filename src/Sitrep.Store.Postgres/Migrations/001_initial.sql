-- PostgreSQL twin of the SQLite schema, plus a PostGIS point for spatial queries.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE articles (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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

CREATE TABLE canonical_events (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_type       TEXT    NOT NULL,
    sub_event_type   TEXT    NOT NULL,
    tags             TEXT    NOT NULL,
    date_from        TEXT,
    date_to          TEXT,
    location_name    TEXT,
    admin1           TEXT,
    country          TEXT,
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    facility         TEXT,
    actors           TEXT    NOT NULL,
    search_text      TEXT    NOT NULL,
    body             TEXT    NOT NULL,
    geog             geography(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED
);
CREATE INDEX canonical_events_dates ON canonical_events (date_from, date_to);
CREATE INDEX canonical_events_geog ON canonical_events USING GIST (geog);
CREATE INDEX canonical_events_facility ON canonical_events (facility);

CREATE TABLE reports (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_row  BIGINT  NOT NULL REFERENCES articles (id),
    canonical_id BIGINT  NOT NULL REFERENCES canonical_events (id),
    local_id     TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    evidence     TEXT    NOT NULL
);
CREATE INDEX reports_canonical ON reports (canonical_id);
CREATE INDEX reports_article ON reports (article_row);

CREATE TABLE claims (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_row  BIGINT  NOT NULL REFERENCES articles (id),
    report_id    BIGINT  REFERENCES reports (id),
    what         TEXT    NOT NULL,
    min_value    BIGINT,
    max_value    BIGINT,
    best_value   BIGINT,
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
