-- A chat's quiz defaults, set by its admins with /quizset.
CREATE TABLE quiz_settings (
    chat_key VARCHAR(200) NOT NULL PRIMARY KEY,
    rounds   INTEGER      NOT NULL,
    seconds  INTEGER      NOT NULL,
    track    VARCHAR(64),
    level    VARCHAR(10)
);
