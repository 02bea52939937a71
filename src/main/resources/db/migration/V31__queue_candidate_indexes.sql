-- Queue (issue 6): generation first finds the few contacts a rule can fire for today with narrow indexed queries,
-- then reads facts for those only. The tag snapshot becomes one row per tag so SQLite itself compares it with
-- follow_tags (only differences leave the database).

DROP TABLE queue_tag_seen;
CREATE TABLE queue_tag_seen (
    userid          TEXT NOT NULL,
    external_userid TEXT NOT NULL,
    tag_id          TEXT NOT NULL,
    PRIMARY KEY (userid, external_userid, tag_id)
) WITHOUT ROWID;

-- Contacts added (or lost) within a range of days use audit's idx_follows_member_added / _lost (V40): the same
-- indexes are not created twice.
-- Tag events by day for one member.
CREATE INDEX idx_queue_tag_events_day ON queue_tag_events (userid, day);
-- Follows whose description mentions a birthday (guides write "生日 5-12"): the birthday trigger reads only these.
CREATE INDEX idx_follows_birthday ON follows (userid) WHERE description LIKE '%生日%';
-- A cheap fingerprint of a member's follow_tags (row count and rowid total, read from the index alone) as of the
-- last snapshot: when it has not moved, nothing was written and the comparison is skipped.
CREATE TABLE queue_tag_fingerprint (
    userid      TEXT PRIMARY KEY,
    row_count   INTEGER NOT NULL,
    rowid_total REAL    NOT NULL
);
