-- The replies to an update, kept until the platform confirms them, so another instance can send them if the one that
-- handled the update dies first; held_until is when that instance stops being trusted to deliver them.
ALTER TABLE processed_updates ADD COLUMN held_replies TEXT;
ALTER TABLE processed_updates ADD COLUMN held_until BIGINT;
