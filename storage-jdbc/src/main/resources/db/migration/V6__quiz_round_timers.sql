-- Group quiz rounds close by themselves at this time (epoch milliseconds); NULL waits for Reveal.
ALTER TABLE quiz_rounds ADD COLUMN closes_at BIGINT;
CREATE INDEX quiz_rounds_closing ON quiz_rounds (ended_at, closes_at);
