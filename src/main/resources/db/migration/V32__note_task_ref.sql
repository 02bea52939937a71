-- Queue: a note written on a Today task card remembers that task, so the contact's timeline can say which task it
-- came from. Null for a note written on the contact's profile. No foreign key: regeneration may delete a task that
-- is still open, and the note must outlive it (the timeline then says only that it came from a task).
ALTER TABLE contact_notes ADD COLUMN task_id TEXT;
