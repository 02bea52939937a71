-- Tables that several features read and one feature writes. Their meaning is a contract between features:
-- a feature may add columns in its own migration block, never change what these columns mean.

-- Orders imported from shop / e-commerce exports (written by contacts, read by queue and audit).
-- Amounts are integer cents (fen) so sums are exact.
CREATE TABLE orders (
    order_id        TEXT PRIMARY KEY,       -- the source system's order id, unique per import source
    source          TEXT,                   -- file name or platform the row came from
    ordered_at      INTEGER NOT NULL,       -- epoch ms
    amount_cents    INTEGER NOT NULL,
    items           TEXT,
    buyer_unionid   TEXT,
    buyer_phone     TEXT,
    buyer_nickname  TEXT,
    external_userid TEXT,                   -- the matched customer; NULL while unmatched
    match_method    TEXT,                   -- UNIONID | PHONE | ORDER_ID | NICKNAME (confirmed by a guide)
    credited_userid TEXT,                   -- the rep credited with the sale ("谁的流量谁负责")
    credited_state  TEXT,                   -- the channel (follow state) that brought the customer
    imported_at     INTEGER NOT NULL
);
CREATE INDEX idx_orders_contact ON orders (external_userid, ordered_at);
CREATE INDEX idx_orders_credited ON orders (credited_userid, ordered_at);

-- Readable names of 「联系我」 channels: follow state -> name (synced from contact ways, editable by an admin).
CREATE TABLE channels (
    state      TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    config_id  TEXT,
    updated_at INTEGER NOT NULL
);

-- WeCom get_user_behavior_data, one row per member per day (written by sync, read by audit).
CREATE TABLE member_behavior_daily (
    userid                TEXT    NOT NULL,
    stat_date             TEXT    NOT NULL, -- 'YYYY-MM-DD', Asia/Shanghai
    chat_cnt              INTEGER,
    message_cnt           INTEGER,
    reply_percentage      REAL,
    avg_reply_time        INTEGER,
    negative_feedback_cnt INTEGER,
    new_apply_cnt         INTEGER,
    new_contact_cnt       INTEGER,
    PRIMARY KEY (userid, stat_date)
);

-- Message tasks created in WeCom through add_msg_template (one per outbox MSG_TEMPLATE item), and whether the
-- member confirmed the send in WeCom (get_groupmsg_task / get_groupmsg_send_result). Written by sync.
CREATE TABLE message_tasks (
    msgid           TEXT PRIMARY KEY,
    outbox_id       INTEGER UNIQUE,
    sender          TEXT    NOT NULL,
    external_userid TEXT,
    task_id         TEXT,                   -- the queue task that asked for the send, if any
    created_at      INTEGER NOT NULL,
    send_status     INTEGER NOT NULL DEFAULT 0, -- get_groupmsg_send_result status: 0 unsent, 1 sent, 2 not friend, 3 quota
    sent_at         INTEGER,
    checked_at      INTEGER
);
CREATE INDEX idx_message_tasks_sender ON message_tasks (sender, created_at);
