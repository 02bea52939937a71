-- Covering indexes for the team dashboard, measured with AuditBench (500 000 log entries, 20 reps, 90 days):
-- the dashboard's GROUP BYs read only these indexes, never the table rows.
--   content used from the log: rep, action, time and the content id
DROP INDEX IF EXISTS idx_activity_member_action_time;
CREATE INDEX idx_activity_member_action_content ON activity_log (member_userid, action, occurred_at, content_id);
--   contacts gained / lost per week, and whether a gained one was lost again
DROP INDEX IF EXISTS idx_follows_member_added;
DROP INDEX IF EXISTS idx_follows_member_lost;
CREATE INDEX idx_follows_member_added_status ON follows (userid, added_at, status, lost_at);
CREATE INDEX idx_follows_member_lost_status ON follows (userid, lost_at, status);
--   first touch of a (contact, rep) pair that is not the customer's own reply
CREATE INDEX idx_touches_pair_time_kind ON contact_touches (external_userid, userid, touched_at, kind);
