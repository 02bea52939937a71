-- The contacts feature's own data: saved filters, order ids customers gave their guide, nickname match suggestions,
-- and the indexes the profile timeline and the orders views read through.

-- A member's named search + filter (ContactFilter as JSON). Usable as the audience of an SOP rule.
CREATE TABLE saved_filters (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_userid TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    filter_json  TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (owner_userid, name)
);

-- "客户提供的订单号": an order id a customer told their guide. Matching key ORDER_ID (domain rule 7).
CREATE TABLE contact_order_refs (
    order_ref       TEXT    NOT NULL,
    external_userid TEXT    NOT NULL REFERENCES contacts (external_userid) ON DELETE CASCADE,
    userid          TEXT    NOT NULL,   -- the guide who recorded it
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (order_ref, external_userid)
);
CREATE INDEX idx_order_refs_contact ON contact_order_refs (external_userid);

-- The customer-side order id column of an import (e.g. the platform order number a customer quotes), when the
-- file has one distinct from orders.order_id.
ALTER TABLE orders ADD COLUMN customer_order_ref TEXT;

-- A nickname match is only ever a suggestion: a guide confirms it (orders.match_method = 'NICKNAME') or not.
CREATE TABLE order_match_suggestions (
    order_id        TEXT    NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    external_userid TEXT    NOT NULL,
    reason          TEXT    NOT NULL,   -- NICKNAME
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (order_id, external_userid)
);
CREATE INDEX idx_order_suggestions_contact ON order_match_suggestions (external_userid);

CREATE INDEX idx_orders_unmatched ON orders (ordered_at) WHERE external_userid IS NULL;
CREATE INDEX idx_orders_state ON orders (credited_state, ordered_at);

-- The profile timeline reads a customer's log entries; the log's own index is by member.
CREATE INDEX idx_activity_contact ON activity_log (external_userid, occurred_at);
