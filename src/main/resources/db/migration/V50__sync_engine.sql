-- Sync engine (issue 4): what the pull/push engine needs beyond the shared tables of V1/V3.

-- The outbox's idempotency marker: when the pusher last started sending an item. It is committed before the request
-- leaves, so an item found IN_FLIGHT after a crash says when it may have reached WeCom (the reconciliation window).
ALTER TABLE outbox ADD COLUMN attempted_at INTEGER;

-- The channel name as last synced from the 「联系我」 way's remark. Sync renames a channel only while its name is
-- still the synced one, so a name an admin edited locally is never overwritten.
ALTER TABLE channels ADD COLUMN synced_name TEXT;

-- The sync log lists runs newest first and the message-task check looks for unsent tasks.
CREATE INDEX idx_sync_runs_started ON sync_runs (started_at);
CREATE INDEX idx_message_tasks_unsent ON message_tasks (send_status, created_at);
