-- Touches: every time a member reached a customer (or the customer answered), from any feature.
-- "Last touch" in the contact list, "N days since the last touch" and "no reply for N days" in SOP rules, and
-- "time to first touch" on the lead dashboards all read this one table.
CREATE TABLE contact_touches (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    external_userid TEXT    NOT NULL,
    userid          TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('SENT', 'COPIED', 'CALLED', 'NOTE', 'REPLIED', 'DONE', 'INVITED')),
    touched_at      INTEGER NOT NULL,
    task_id         TEXT
);
CREATE INDEX idx_touches_contact ON contact_touches (external_userid, userid, touched_at);
CREATE INDEX idx_touches_member_time ON contact_touches (userid, touched_at);
