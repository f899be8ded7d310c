-- A daily question may post Monday to Friday only (in its zone), and may be paused with its settings kept.
-- Integers 0/1 rather than BOOLEAN so the same statements bind and read alike on SQLite and PostgreSQL.
ALTER TABLE daily_subscriptions ADD COLUMN weekdays_only INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_subscriptions ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
