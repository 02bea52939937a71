-- Queue (issue 6): what generation saw and did, so that generating twice never duplicates, a day the app was
-- closed is caught up, and tag changes can trigger rules.

-- One row per member and day that generation ran for (the CLI and the walk-through generate "if needed").
CREATE TABLE queue_generations (
    member_userid TEXT    NOT NULL,
    day           TEXT    NOT NULL,     -- 'YYYY-MM-DD', Asia/Shanghai
    generated_at  INTEGER NOT NULL,
    tasks_created INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (member_userid, day)
);

-- Each member's follow tags as generation last saw them: sorted tag ids joined by ','. Comparing this with
-- follow_tags is how TAG_ADDED / TAG_REMOVED triggers notice a change, whoever made it (sync, a guide, the
-- contacts screen). A member's first generation only takes this baseline and records no events.
CREATE TABLE queue_tag_seen (
    userid          TEXT NOT NULL,
    external_userid TEXT NOT NULL,
    tag_ids         TEXT NOT NULL,
    PRIMARY KEY (userid, external_userid)
) WITHOUT ROWID;

-- Tag changes generation noticed, dated the day it noticed them (the anchor of a tag-triggered sequence).
CREATE TABLE queue_tag_events (
    userid          TEXT NOT NULL,
    external_userid TEXT NOT NULL,
    tag_id          TEXT NOT NULL,
    change          TEXT NOT NULL CHECK (change IN ('ADDED', 'REMOVED')),
    day             TEXT NOT NULL,
    PRIMARY KEY (userid, external_userid, tag_id, change, day)
) WITHOUT ROWID;

-- Customer dates rules can trigger on (birthday…). 'YYYY-MM-DD', or '--MM-DD' when the year is unknown.
-- A follow description written as "生日 05-12" / "生日：1990-05-12" is read as a fallback.
CREATE TABLE contact_dates (
    external_userid TEXT    NOT NULL,
    field           TEXT    NOT NULL,   -- BIRTHDAY | ANNIVERSARY
    date            TEXT    NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (external_userid, field)
);

-- Generation reads one member's touches grouped by contact and kind: this index serves it without a sort.
CREATE INDEX idx_touches_member_contact ON contact_touches (userid, external_userid, kind, touched_at);
-- Generation reads one member's follow tags in one range scan.
CREATE INDEX idx_follow_tags_member ON follow_tags (userid, external_userid, tag_id);
-- The daily WeCom receipt cap looks at every member's sends to a contact on a day.
CREATE INDEX idx_tasks_day_contact ON tasks (due_date, external_userid);
-- Unfinished tasks of a member, whatever their day (carry-over, stop conditions).
CREATE INDEX idx_tasks_member_status ON tasks (member_userid, status);
