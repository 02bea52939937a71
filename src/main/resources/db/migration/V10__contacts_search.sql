-- Contact search: one document per follow (customer × following member), indexed twice:
--   * contact_search (FTS5 trigram): any fragment of 3+ characters matches anywhere, Chinese included;
--   * contact_search_words (FTS5 unicode61 with 1- and 2-character prefix indexes): 1–2 character queries match the
--     start of a word (a surname, "口红", "VI" for VIP会员), which the trigram index cannot answer.
-- A document's id orders documents by the follow's added time (added_at << 16, low bits from the follow's rowid), so
-- the newest matches stream out of either index in rowid order and a search stops after the first page instead of
-- sorting every match.
--
-- Maintenance is split in two so sync's bulk writes stay cheap:
--   1. triggers on contacts / follows / follow_tags / tags / contact_notes only mark the customer dirty
--      (one primary-key probe and at most one insert into a small WITHOUT ROWID table). The marks are written as
--      INSERT … WHERE NOT EXISTS, never INSERT OR IGNORE: inside a trigger SQLite replaces the OR clause with the
--      firing statement's conflict mode, so an OR IGNORE mark fails under sync's UPSERTs (ON CONFLICT DO UPDATE);
--   2. ContactSearchIndex.refresh() rebuilds the documents of dirty customers set-wise. Every search calls it first
--      (a no-op when nothing is dirty), so results are always current; sync may call it after a run so the first
--      search after a large sync does not pay for it.

-- Which follow each index entry stands for. The texts themselves live only in the two contentless indexes
-- (contentless_delete: a changed document is dropped by rowid, without re-reading its old text).
CREATE TABLE contact_search_docs (
    id              INTEGER PRIMARY KEY,   -- (follows.added_at << 16) | (follows.rowid & 0xFFFF), see refresh()
    external_userid TEXT NOT NULL,
    userid          TEXT NOT NULL,
    UNIQUE (userid, external_userid)
);
CREATE INDEX idx_search_docs_contact ON contact_search_docs (external_userid);

-- names: WeChat nickname, corp name; remark: remark, remark_corp_name; phones: remark_mobiles as digits (the last
-- four digits are a substring); tags: the follow's corp tag names; notes: the follow member's local notes.
CREATE VIRTUAL TABLE contact_search USING fts5(
    names, remark, description, phones, tags, notes,
    content = '', contentless_delete = 1, tokenize = 'trigram');

CREATE VIRTUAL TABLE contact_search_words USING fts5(
    words, content = '', contentless_delete = 1, tokenize = 'unicode61', prefix = '1 2');

CREATE TABLE contact_search_dirty (
    external_userid TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TRIGGER contact_search_contact_ins AFTER INSERT ON contacts BEGIN
    INSERT INTO contact_search_dirty SELECT NEW.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = NEW.external_userid);
END;
CREATE TRIGGER contact_search_contact_upd AFTER UPDATE ON contacts
    WHEN OLD.name IS NOT NEW.name OR OLD.corp_name IS NOT NEW.corp_name
      OR OLD.external_userid IS NOT NEW.external_userid BEGIN
    INSERT INTO contact_search_dirty SELECT NEW.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = NEW.external_userid);
    INSERT INTO contact_search_dirty SELECT OLD.external_userid WHERE OLD.external_userid IS NOT NEW.external_userid
        AND NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = OLD.external_userid);
END;
CREATE TRIGGER contact_search_contact_del AFTER DELETE ON contacts BEGIN
    INSERT INTO contact_search_dirty SELECT OLD.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = OLD.external_userid);
END;

CREATE TRIGGER contact_search_follow_ins AFTER INSERT ON follows BEGIN
    INSERT INTO contact_search_dirty SELECT NEW.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = NEW.external_userid);
END;
-- synced_at, status and the other columns change on every sync; only searchable columns dirty the document.
CREATE TRIGGER contact_search_follow_upd AFTER UPDATE ON follows
    WHEN OLD.remark IS NOT NEW.remark OR OLD.description IS NOT NEW.description
      OR OLD.remark_corp_name IS NOT NEW.remark_corp_name OR OLD.remark_mobiles IS NOT NEW.remark_mobiles
      OR OLD.userid IS NOT NEW.userid OR OLD.external_userid IS NOT NEW.external_userid BEGIN
    INSERT INTO contact_search_dirty SELECT NEW.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = NEW.external_userid);
    INSERT INTO contact_search_dirty SELECT OLD.external_userid WHERE OLD.external_userid IS NOT NEW.external_userid
        AND NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = OLD.external_userid);
END;
CREATE TRIGGER contact_search_follow_del AFTER DELETE ON follows BEGIN
    INSERT INTO contact_search_dirty SELECT OLD.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = OLD.external_userid);
END;

CREATE TRIGGER contact_search_tag_ins AFTER INSERT ON follow_tags BEGIN
    INSERT INTO contact_search_dirty SELECT NEW.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = NEW.external_userid);
END;
CREATE TRIGGER contact_search_tag_del AFTER DELETE ON follow_tags BEGIN
    INSERT INTO contact_search_dirty SELECT OLD.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = OLD.external_userid);
END;
-- A renamed or deleted corp tag changes the documents of everyone who carries it (rare, admin-driven).
CREATE TRIGGER contact_search_tag_renamed AFTER UPDATE ON tags
    WHEN OLD.name IS NOT NEW.name OR OLD.deleted IS NOT NEW.deleted BEGIN
    INSERT INTO contact_search_dirty
        SELECT DISTINCT ft.external_userid FROM follow_tags ft WHERE ft.tag_id = NEW.tag_id
        AND NOT EXISTS (SELECT 1 FROM contact_search_dirty d WHERE d.external_userid = ft.external_userid);
END;

CREATE TRIGGER contact_search_note_ins AFTER INSERT ON contact_notes BEGIN
    INSERT INTO contact_search_dirty SELECT NEW.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = NEW.external_userid);
END;
CREATE TRIGGER contact_search_note_upd AFTER UPDATE ON contact_notes BEGIN
    INSERT INTO contact_search_dirty SELECT NEW.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = NEW.external_userid);
END;
CREATE TRIGGER contact_search_note_del AFTER DELETE ON contact_notes BEGIN
    INSERT INTO contact_search_dirty SELECT OLD.external_userid
        WHERE NOT EXISTS (SELECT 1 FROM contact_search_dirty WHERE external_userid = OLD.external_userid);
END;

-- A database upgraded with contacts already in it indexes them at the first search.
INSERT OR IGNORE INTO contact_search_dirty SELECT external_userid FROM contacts;

-- The list pages by the follow's added date within a member's contacts: covering, so a member's newest follows are
-- read in index order and a page stops after its last row.
CREATE INDEX idx_follows_member_page ON follows (userid, added_at, external_userid, status, state);
