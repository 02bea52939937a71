-- Audit: the activity log becomes append-only inside the database itself, and its head is recorded apart from it.
--
-- * No statement may change or remove a log entry, whoever issues it (a service, a plugin, a hand-typed SQL
--   statement in a DB browser): UPDATE and DELETE on activity_log abort.
-- * An entry may only be appended at the end of the chain: its seq must be the next one and its prev_hash the hash
--   of the current last entry (exactly what audit.JdbcActivityLog writes).
-- * activity_log_head remembers the last appended seq and hash. Rows cut off the end of the log (after dropping the
--   triggers above) leave the head pointing past the last row, and `audit verify` reports the log as truncated.
--   The head only moves forward. Someone able to drop triggers can also rewrite the head; for that case
--   `audit verify --checkpoint SEQ:HASH` compares with a checkpoint kept outside the file (see audit.LogVerifier).

CREATE TABLE activity_log_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  INTEGER NOT NULL,
    last_hash TEXT    NOT NULL
);

INSERT INTO activity_log_head (id, last_seq, last_hash)
SELECT 1,
       COALESCE((SELECT MAX(seq) FROM activity_log), 0),
       COALESCE((SELECT hash FROM activity_log ORDER BY seq DESC LIMIT 1),
                '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER activity_log_append_at_end
BEFORE INSERT ON activity_log
WHEN NEW.seq IS NOT (SELECT last_seq + 1 FROM activity_log_head WHERE id = 1)
  OR NEW.prev_hash IS NOT (SELECT last_hash FROM activity_log_head WHERE id = 1)
BEGIN
    SELECT RAISE(ABORT, 'activity_log is append-only: an entry can only be added at the end of the chain');
END;

CREATE TRIGGER activity_log_advance_head
AFTER INSERT ON activity_log
BEGIN
    UPDATE activity_log_head SET last_seq = NEW.seq, last_hash = NEW.hash WHERE id = 1;
END;

CREATE TRIGGER activity_log_no_update
BEFORE UPDATE ON activity_log
BEGIN
    SELECT RAISE(ABORT, 'activity_log is append-only: entries cannot be changed');
END;

CREATE TRIGGER activity_log_no_delete
BEFORE DELETE ON activity_log
BEGIN
    SELECT RAISE(ABORT, 'activity_log is append-only: entries cannot be deleted');
END;

CREATE TRIGGER activity_log_head_forward_only
BEFORE UPDATE ON activity_log_head
WHEN NEW.last_seq <= OLD.last_seq OR NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'activity_log_head only moves forward');
END;

CREATE TRIGGER activity_log_head_no_delete
BEFORE DELETE ON activity_log_head
BEGIN
    SELECT RAISE(ABORT, 'activity_log_head cannot be deleted');
END;

-- Indexes for the team dashboards and the log drill-down (a rep's entries of some actions in a date range).
CREATE INDEX idx_activity_member_action_time ON activity_log (member_userid, action, occurred_at);
CREATE INDEX idx_follows_member_added ON follows (userid, added_at);
CREATE INDEX idx_follows_member_lost ON follows (userid, lost_at);
