-- Siyu Workbench schema, version 1.
-- Conventions: instants are INTEGER epoch milliseconds (UTC) in *_at columns; calendar dates are TEXT 'YYYY-MM-DD'
-- in Asia/Shanghai unless stated; JSON columns end in _json. WeCom ids are kept verbatim as TEXT.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Organisation (from WeCom department/list and user/list) ------------------------------------------------------
CREATE TABLE departments (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    name_en    TEXT,
    parent_id  INTEGER,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE members (
    userid          TEXT PRIMARY KEY,
    name            TEXT    NOT NULL,
    position        TEXT,
    mobile          TEXT,
    status          INTEGER NOT NULL DEFAULT 1,
    main_department INTEGER,
    is_follow_user  INTEGER NOT NULL DEFAULT 0,   -- configured for 客户联系 (get_follow_user_list)
    updated_at      INTEGER NOT NULL
);

CREATE TABLE member_departments (
    userid        TEXT    NOT NULL REFERENCES members (userid) ON DELETE CASCADE,
    department_id INTEGER NOT NULL,
    is_leader     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (userid, department_id)
);
CREATE INDEX idx_member_departments_dept ON member_departments (department_id);

-- Local role table, edited by an admin. Roles are not a WeCom concept.
CREATE TABLE member_roles (
    userid     TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('GUIDE', 'REVIEWER', 'LEAD', 'ADMIN')),
    granted_by TEXT,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (userid, role)
);

-- Corp tags ------------------------------------------------------------------------------------------------------
CREATE TABLE tag_groups (
    group_id    TEXT PRIMARY KEY,
    name        TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    create_time INTEGER,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tags (
    tag_id      TEXT PRIMARY KEY,
    group_id    TEXT    NOT NULL REFERENCES tag_groups (group_id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    create_time INTEGER,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX idx_tags_group ON tags (group_id);

-- Customers (external contacts) and who follows them -------------------------------------------------------------
CREATE TABLE contacts (
    external_userid TEXT PRIMARY KEY,
    name            TEXT    NOT NULL,
    type            INTEGER,            -- 1 WeChat user, 2 WeCom user
    gender          INTEGER,
    avatar          TEXT,
    unionid         TEXT,
    corp_name       TEXT,
    corp_full_name  TEXT,
    position        TEXT,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX idx_contacts_unionid ON contacts (unionid);

-- One row per (customer, following member): WeCom's follow_user / follow_info.
CREATE TABLE follows (
    external_userid  TEXT    NOT NULL REFERENCES contacts (external_userid) ON DELETE CASCADE,
    userid           TEXT    NOT NULL,
    remark           TEXT,
    description      TEXT,
    remark_corp_name TEXT,
    remark_mobiles   TEXT,              -- JSON array of strings
    added_at         INTEGER NOT NULL,  -- WeCom createtime
    add_way          INTEGER,
    state            TEXT,              -- channel code of the 「联系我」 way that brought the customer
    oper_userid      TEXT,
    status           TEXT    NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'LOST')),
    lost_at          INTEGER,           -- when the customer deleted the member (churn is data, not a deletion)
    synced_at        INTEGER NOT NULL,
    PRIMARY KEY (external_userid, userid)
);
CREATE INDEX idx_follows_member ON follows (userid, status);
CREATE INDEX idx_follows_state ON follows (state);

CREATE TABLE follow_tags (
    external_userid TEXT NOT NULL,
    userid          TEXT NOT NULL,
    tag_id          TEXT NOT NULL,
    PRIMARY KEY (external_userid, userid, tag_id),
    FOREIGN KEY (external_userid, userid) REFERENCES follows (external_userid, userid) ON DELETE CASCADE
);
CREATE INDEX idx_follow_tags_tag ON follow_tags (tag_id);

-- Local follow-up notes: the workbench's own data, never overwritten by sync.
CREATE TABLE contact_notes (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    external_userid TEXT    NOT NULL REFERENCES contacts (external_userid) ON DELETE CASCADE,
    userid          TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX idx_contact_notes_contact ON contact_notes (external_userid, created_at);

-- Customer groups (客户群)
CREATE TABLE customer_groups (
    chat_id     TEXT PRIMARY KEY,
    name        TEXT,
    owner       TEXT,
    create_time INTEGER,
    notice      TEXT,
    status      INTEGER NOT NULL DEFAULT 0,
    synced_at   INTEGER NOT NULL
);

CREATE TABLE customer_group_members (
    chat_id      TEXT    NOT NULL REFERENCES customer_groups (chat_id) ON DELETE CASCADE,
    member_id    TEXT    NOT NULL,      -- userid (type 1) or external_userid (type 2)
    type         INTEGER NOT NULL,
    join_time    INTEGER,
    join_scene   INTEGER,
    unionid      TEXT,
    display_name TEXT,
    PRIMARY KEY (chat_id, member_id)
);
CREATE INDEX idx_group_members_member ON customer_group_members (member_id);

-- Content: scripts, welcome messages, group-invite templates ----------------------------------------------------
CREATE TABLE content_items (
    id               TEXT PRIMARY KEY,
    type             TEXT    NOT NULL CHECK (type IN ('SCRIPT', 'WELCOME', 'INVITE')),
    name             TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    approved_version INTEGER,           -- the version guides may send; NULL until one is approved
    retired_at       INTEGER
);

CREATE TABLE content_versions (
    content_id    TEXT    NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'RETIRED')),
    name          TEXT    NOT NULL,
    scene         TEXT,
    audience_json TEXT,                 -- tag hints for scripts
    scope_type    TEXT,                 -- DEFAULT | STATE | MEMBER | DEPARTMENT (welcome / invite)
    scope_value   TEXT,
    text          TEXT,                 -- welcome / invite text (scripts keep text per step)
    attachments_json TEXT,
    target_chat_id TEXT,                -- invite: target customer group
    join_way_config_id TEXT,
    join_qr_code  TEXT,
    author        TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    submitted_at  INTEGER,
    reviewer      TEXT,
    reviewed_at   INTEGER,
    review_reason TEXT,
    PRIMARY KEY (content_id, version)
);
CREATE INDEX idx_content_versions_status ON content_versions (status);

CREATE TABLE script_steps (
    content_id       TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    step_no          INTEGER NOT NULL,  -- 1-based order
    day_offset       INTEGER NOT NULL,
    window_start     TEXT,              -- 'HH:MM'
    window_end       TEXT,
    text             TEXT    NOT NULL,
    attachments_json TEXT,
    PRIMARY KEY (content_id, version, step_no),
    FOREIGN KEY (content_id, version) REFERENCES content_versions (content_id, version) ON DELETE CASCADE
);

-- SOP rules and the daily task queue -----------------------------------------------------------------------------
CREATE TABLE sop_rules (
    id           TEXT PRIMARY KEY,
    name         TEXT    NOT NULL,
    enabled      INTEGER NOT NULL DEFAULT 1,
    priority     INTEGER NOT NULL DEFAULT 50,
    trigger_json TEXT    NOT NULL,
    audience_json TEXT   NOT NULL,
    action_json  TEXT    NOT NULL,
    timing_json  TEXT    NOT NULL,
    stop_json    TEXT    NOT NULL,
    cap_json     TEXT,
    revision     INTEGER NOT NULL DEFAULT 1,
    updated_by   TEXT,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE tasks (
    id              TEXT PRIMARY KEY,   -- deterministic key: generating twice never duplicates
    member_userid   TEXT    NOT NULL,
    external_userid TEXT    NOT NULL,
    rule_id         TEXT,
    rule_revision   INTEGER,
    kind            TEXT    NOT NULL,   -- GREET, SCRIPT_STEP, WELCOME, INVITE, CALL, REMINDER
    section         TEXT    NOT NULL,   -- NEW, FOLLOW_UP, REPURCHASE, WIN_BACK
    due_date        TEXT    NOT NULL,
    window_start    TEXT,
    window_end      TEXT,
    priority        INTEGER NOT NULL DEFAULT 50,
    reason_code     TEXT    NOT NULL,
    reason_json     TEXT,
    content_id      TEXT,
    content_version INTEGER,
    step_no         INTEGER,
    sequence_start  TEXT,
    status          TEXT    NOT NULL DEFAULT 'OPEN'
        CHECK (status IN ('OPEN', 'DONE', 'SENT', 'SKIPPED', 'SNOOZED', 'CANCELLED', 'HELD')),
    status_reason   TEXT,
    snoozed_until   INTEGER,
    created_at      INTEGER NOT NULL,
    completed_at    INTEGER
);
CREATE INDEX idx_tasks_member_day ON tasks (member_userid, due_date, status);
CREATE INDEX idx_tasks_contact ON tasks (external_userid);

-- Append-only, hash-chained activity log --------------------------------------------------------------------------
CREATE TABLE activity_log (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at     INTEGER NOT NULL,
    member_userid   TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    external_userid TEXT,
    task_id         TEXT,
    content_id      TEXT,
    content_version INTEGER,
    details_json    TEXT,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL
);
CREATE INDEX idx_activity_member_time ON activity_log (member_userid, occurred_at);

-- Sync: durable outbox, cursors, run log -------------------------------------------------------------------------
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL,   -- MARK_TAG, REMARK, MSG_TEMPLATE, GROUP_WELCOME, JOIN_WAY, ...
    ordering_key    TEXT    NOT NULL,   -- items with the same key flush in id order (per contact)
    payload_json    TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'IN_FLIGHT', 'SENT', 'PARKED')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    result_json     TEXT,
    created_by      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX idx_outbox_status ON outbox (status, next_attempt_at);
CREATE INDEX idx_outbox_ordering ON outbox (ordering_key, id);

CREATE TABLE sync_cursors (
    name          TEXT PRIMARY KEY,
    cursor        TEXT,
    progress_json TEXT,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE sync_runs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT    NOT NULL,  -- FULL | INCREMENTAL | PUSH
    member_userid    TEXT,
    started_at       INTEGER NOT NULL,
    finished_at      INTEGER,
    status           TEXT    NOT NULL,  -- RUNNING | OK | FAILED | CANCELLED
    pages            INTEGER NOT NULL DEFAULT 0,
    contacts_added   INTEGER NOT NULL DEFAULT 0,
    contacts_updated INTEGER NOT NULL DEFAULT 0,
    contacts_lost    INTEGER NOT NULL DEFAULT 0,
    outbox_sent      INTEGER NOT NULL DEFAULT 0,
    outbox_parked    INTEGER NOT NULL DEFAULT 0,
    error            TEXT
);
