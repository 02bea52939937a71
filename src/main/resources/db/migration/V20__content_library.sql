-- Content library: what V1's content tables need for the review workflow, lint lists, remote pushes and search.

-- Invite templates carry the welcome text WeCom shows in the group (group_welcome_template), separate from the 1v1
-- invite text.
ALTER TABLE content_versions ADD COLUMN group_welcome_text TEXT;

-- The editable list of script scenes (新客破冰…). Order is the order pickers show.
CREATE TABLE content_scenes (
    name       TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO content_scenes (name, sort_order) VALUES
    ('新客破冰', 1), ('意向跟进', 2), ('高客单长周期跟进', 3), ('复购提醒', 4), ('流失挽回', 5), ('活动邀约', 6);

-- Lint word lists edited by an admin or reviewer. No row = the default that ships with the workbench
-- (content.lint.LintVocabulary), so a shipped improvement reaches everyone who never edited that list.
CREATE TABLE content_lint_lists (
    name       TEXT PRIMARY KEY CHECK (name IN ('AD_LAW', 'AD_LAW_ALLOWED', 'SENSITIVE', 'HARD_SELL')),
    words_json TEXT    NOT NULL,
    updated_by TEXT,
    updated_at INTEGER NOT NULL
);

-- Which content version each outbox item carries (the outbox payload is WeCom's request body, which cannot say).
-- WeCom's answer (template_id, config_id, qr_code) is read from outbox.result_json by idempotency key.
CREATE TABLE content_remote_pushes (
    idempotency_key TEXT PRIMARY KEY,
    content_id      TEXT    NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX idx_content_remote_pushes_content ON content_remote_pushes (content_id, kind, version);

CREATE INDEX idx_content_versions_submitted ON content_versions (status, submitted_at);

-- Full-text search over every version (name, scene, audience, texts, attachment titles). Trigram tokenizer: works
-- for Chinese without a word segmenter; queries shorter than three characters fall back to LIKE.
CREATE VIRTUAL TABLE content_search USING fts5(content_id UNINDEXED, version UNINDEXED, name, body,
    tokenize = 'trigram');
