-- Jirga store schema. Portable SQL: DuckDB and PostgreSQL read it as is.
CREATE TABLE IF NOT EXISTS runs (
    run_id      TEXT PRIMARY KEY,
    started     TEXT NOT NULL,
    finished    TEXT,
    status      TEXT NOT NULL,          -- running, done, failed, interrupted
    settings    TEXT,                   -- JSON
    versions    TEXT,                   -- JSON: package and data versions
    documents   INTEGER DEFAULT 0,
    events      INTEGER DEFAULT 0,
    rejects     INTEGER DEFAULT 0
);
-- which process runs it: a "running" run whose process is gone was interrupted
ALTER TABLE runs ADD COLUMN IF NOT EXISTS host TEXT;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS pid INTEGER;
CREATE TABLE IF NOT EXISTS documents (
    id          TEXT PRIMARY KEY,       -- content hash
    ext_id      TEXT,
    title       TEXT,
    source      TEXT,
    url         TEXT,
    published   TEXT,
    origin      TEXT,
    notes       TEXT,                   -- JSON list
    text        TEXT NOT NULL,
    run_id      TEXT,
    story_id    TEXT                    -- its own id, or that of the story it copies
);
ALTER TABLE documents ADD COLUMN IF NOT EXISTS story_id TEXT;
-- MinHash bands of each original (jirga.ingest.stories): copies are found by lookup
CREATE TABLE IF NOT EXISTS story_bands (
    band        INTEGER NOT NULL,
    hash        BIGINT NOT NULL,
    doc_id      TEXT NOT NULL,
    PRIMARY KEY (band, hash, doc_id)
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id      TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    event_id        TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL,
    event_type      TEXT NOT NULL,
    mode            TEXT,
    contexts        TEXT,               -- JSON list
    cameo           TEXT,
    quad            INTEGER,
    intensity       DOUBLE PRECISION,
    sentence_index  INTEGER,
    sentence_text   TEXT,
    trigger_text    TEXT,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    date            TEXT,
    date_precision  TEXT,
    place_name      TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    geonameid       BIGINT,
    place_country   TEXT,
    dead            INTEGER,
    injured         INTEGER,
    arrested        INTEGER,
    negated         BOOLEAN,
    hypothetical    BOOLEAN,
    future          BOOLEAN,
    confidence      DOUBLE PRECISION,
    cluster_id      TEXT,               -- set by merge: one id per real-world event
    merge_keys      TEXT,               -- what merge compares of the actors (jirga.store.rows)
    record          TEXT NOT NULL,      -- the full Event as JSON
    claim_key       TEXT,               -- accuser|accused|matter (jirga.claims)
    claim_id        TEXT,               -- set by threading: one id per claim across documents
    answers         TEXT,               -- JSON list of the event ids this one answers
    place_scope     TEXT,               -- the place as an area and the areas it lies in (rows.scope_text)
    date_basis      TEXT,               -- text, sentence, context, remention, report, anchor or published (jirga.dates, jirga.merge)
    toll            TEXT                -- an attack's town and death toll, "PAK~besham#5" (rows.toll_of)
);
ALTER TABLE events ADD COLUMN IF NOT EXISTS claim_key TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS claim_id TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS answers TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_scope TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_basis TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS toll TEXT;
CREATE TABLE IF NOT EXISTS event_actors (
    event_id    TEXT NOT NULL,
    role        TEXT NOT NULL,          -- actor or recipient
    idx         INTEGER NOT NULL,
    text        TEXT,
    start_char  INTEGER,
    end_char    INTEGER,
    name        TEXT,
    country     TEXT,
    sector      TEXT,
    wikidata    TEXT,
    resolved    BOOLEAN,
    PRIMARY KEY (event_id, role, idx)
);
CREATE TABLE IF NOT EXISTS places (
    doc_id       TEXT NOT NULL,
    idx          INTEGER NOT NULL,
    text         TEXT,
    start_char   INTEGER,
    end_char     INTEGER,
    name         TEXT,
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    geonameid    BIGINT,
    country      TEXT,
    feature_code TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS rejects (
    source      TEXT NOT NULL,          -- path, path:line or URL
    code        TEXT NOT NULL,
    doc_id      TEXT,
    stage       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    run_id      TEXT,
    PRIMARY KEY (source, code)
);
-- Typed facts of each event for filters, series and pages (jirga/store/query.py writes
-- them with each batch, and for older stores from the events' records).
CREATE TABLE IF NOT EXISTS event_facts (
    event_id            TEXT PRIMARY KEY,
    doc_id              TEXT NOT NULL,
    day                 DATE,           -- first day of the event's date: a week's Monday, a month's 1st
    date_precision      TEXT,           -- day, week, month or year
    event_type          TEXT NOT NULL,
    mode                TEXT,
    quad                INTEGER,
    intensity           DOUBLE PRECISION,
    factual             BOOLEAN NOT NULL, -- neither negated, hypothetical nor future
    actors              TEXT,           -- search keys of the actor side (query.actor_keys)
    recipients          TEXT,           -- and of the recipient side
    actor_text          TEXT,           -- the first actor and recipient mentions
    actor_name          TEXT,
    actor_country       TEXT,
    actor_sector        TEXT,
    recipient_text      TEXT,
    recipient_name      TEXT,
    recipient_country   TEXT,
    recipient_sector    TEXT,
    place_key           TEXT,           -- lower-case place name
    place_country       TEXT,
    lat                 DOUBLE PRECISION,
    lon                 DOUBLE PRECISION
);
-- Each claim key of each claim thread once (jirga.merge.thread_new reads an accuser's threads
-- about a matter here, not from every report: an accuser who repeats an accusation for years
-- has thousands of reports but few keys and threads). Kept by ``Store.set_claims``.
CREATE TABLE IF NOT EXISTS claim_keys (
    accuser     TEXT NOT NULL,
    matter      TEXT NOT NULL,
    claim_key   TEXT NOT NULL,
    claim_id    TEXT NOT NULL,
    first_date  TEXT,                   -- the earliest date of its reports
    first_event TEXT NOT NULL,          -- the least event id of its reports
    opens       BOOLEAN NOT NULL,       -- the thread's first accusation is one of its reports
    PRIMARY KEY (claim_key, claim_id)
);
-- Columns added since the first release; ``Store`` fills them in for older rows.
ALTER TABLE events ADD COLUMN IF NOT EXISTS merge_keys TEXT;
-- @indexes: PostgreSQL only, for merging and threading: the events not yet merged or
-- threaded, and the reports of a type on a date. DuckDB answers the same queries by scanning
-- columns, and an index on cluster_id would make it rewrite whole rows on each UPDATE.
CREATE INDEX IF NOT EXISTS events_unmerged ON events (event_id) WHERE cluster_id IS NULL;
-- the accusations and answers not yet threaded (jirga.merge.thread_new)
CREATE INDEX IF NOT EXISTS events_unthreaded ON events (event_id) WHERE claim_key IS NOT NULL AND claim_id IS NULL;
CREATE INDEX IF NOT EXISTS events_type_date ON events (event_type, date);
-- the attacks a later report may recall by town and toll (jirga.merge.clusters._recalled)
CREATE INDEX IF NOT EXISTS events_toll ON events (toll) WHERE toll IS NOT NULL;
CREATE INDEX IF NOT EXISTS event_facts_day ON event_facts (day);
CREATE INDEX IF NOT EXISTS claim_keys_matter ON claim_keys (accuser, matter);
