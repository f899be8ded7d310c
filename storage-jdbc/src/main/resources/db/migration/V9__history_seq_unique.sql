-- Each owner's asks are numbered 1, 2, 3 ...; a unique key keeps two racing asks from taking the same number.
-- Rows numbered twice before the key existed are renumbered first, in the order they were asked.
UPDATE history SET seq = (
    SELECT numbered.n FROM (
        SELECT id, ROW_NUMBER() OVER (PARTITION BY owner ORDER BY seq, asked_at, id) AS n FROM history
    ) numbered
    WHERE numbered.id = history.id
);
DROP INDEX history_owner_seq;
CREATE UNIQUE INDEX history_owner_seq ON history (owner, seq);
