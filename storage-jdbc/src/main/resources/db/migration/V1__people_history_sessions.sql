-- Portable SQL: the same migration runs on SQLite and PostgreSQL. Times are epoch milliseconds.

CREATE TABLE people (
    platform     VARCHAR(20)  NOT NULL,
    user_id      VARCHAR(128) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    track        VARCHAR(64),
    level        VARCHAR(10)  NOT NULL,
    updated_at   BIGINT       NOT NULL,
    PRIMARY KEY (platform, user_id)
);

-- One row per question asked; the outcome is updated as the person answers, reveals or skips it.
CREATE TABLE history (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner       VARCHAR(200) NOT NULL,
    seq         BIGINT       NOT NULL,
    question_id VARCHAR(200) NOT NULL,
    asked_at    BIGINT       NOT NULL,
    outcome     VARCHAR(10)  NOT NULL,
    score       INTEGER,
    updated_at  BIGINT       NOT NULL
);
CREATE INDEX history_owner_seq ON history (owner, seq);

CREATE TABLE sessions (
    session_key VARCHAR(200) NOT NULL PRIMARY KEY,
    state       TEXT         NOT NULL,
    updated_at  BIGINT       NOT NULL
);
