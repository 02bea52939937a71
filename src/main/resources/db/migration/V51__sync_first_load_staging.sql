-- A first full sync (nothing stored yet) writes the relations it reads into these plain tables, in arrival order,
-- and moves them into contacts / follows / follow_tags in one sorted INSERT … SELECT when the last page is in
-- (sync.FirstLoad). Customer ids arrive in random order, so writing them straight into the real tables costs a
-- random insert into each of their ~14 b-trees (indexes and search triggers of contacts, queue and audit) per row;
-- sorted by primary key almost every one of those becomes an append. The rows are committed page by page with the
-- plan's cursor, so a killed first sync resumes here as any other; no constraint, no index: appends only.
CREATE TABLE sync_load_contacts (
    external_userid TEXT NOT NULL,
    name            TEXT NOT NULL,
    type            INTEGER,
    gender          INTEGER,
    avatar          TEXT,
    unionid         TEXT,
    corp_name       TEXT,
    corp_full_name  TEXT,
    position        TEXT,
    updated_at      INTEGER NOT NULL
);

CREATE TABLE sync_load_follows (
    external_userid  TEXT    NOT NULL,
    userid           TEXT    NOT NULL,
    remark           TEXT,
    description      TEXT,
    remark_corp_name TEXT,
    remark_mobiles   TEXT,
    added_at         INTEGER NOT NULL,
    add_way          INTEGER,
    state            TEXT,
    oper_userid      TEXT,
    synced_at        INTEGER NOT NULL
);

CREATE TABLE sync_load_follow_tags (
    external_userid TEXT NOT NULL,
    userid          TEXT NOT NULL,
    tag_id          TEXT NOT NULL
);
