-- Group quizzes: one row per round put to a chat, one per person's first answer in it.
CREATE TABLE quiz_rounds (
    round_id    VARCHAR(16)  NOT NULL PRIMARY KEY,
    chat_key    VARCHAR(200) NOT NULL,
    question_id VARCHAR(200) NOT NULL,
    correct     INTEGER      NOT NULL,
    track       VARCHAR(64),
    level       VARCHAR(10),
    started_at  BIGINT       NOT NULL,
    ended_at    BIGINT
);
CREATE INDEX quiz_rounds_chat ON quiz_rounds (chat_key, started_at);

-- The primary key keeps only a person's first answer, whichever instance handles the press.
CREATE TABLE quiz_answers (
    round_id     VARCHAR(16)  NOT NULL,
    person_key   VARCHAR(200) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    choice       INTEGER      NOT NULL,
    answered_at  BIGINT       NOT NULL,
    PRIMARY KEY (round_id, person_key)
);
CREATE INDEX quiz_answers_person ON quiz_answers (person_key);
