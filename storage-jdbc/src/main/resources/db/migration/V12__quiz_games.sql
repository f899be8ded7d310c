-- Quiz games: a number of rounds in one chat, one after another. played counts the rounds started; next_round_at is
-- when the next round (or, after the last, the scoreboard) is due, NULL while a round is open; updates conditional
-- on both make each step happen once across instances.
CREATE TABLE quiz_games (
    game_id       VARCHAR(16)  NOT NULL PRIMARY KEY,
    chat_key      VARCHAR(200) NOT NULL,
    starter       VARCHAR(200) NOT NULL,
    track         VARCHAR(64),
    level         VARCHAR(10),
    rounds        INTEGER      NOT NULL,
    seconds       INTEGER      NOT NULL,
    played        INTEGER      NOT NULL,
    started_at    BIGINT       NOT NULL,
    next_round_at BIGINT,
    ended_at      BIGINT
);
CREATE INDEX quiz_games_chat ON quiz_games (chat_key, ended_at);
CREATE INDEX quiz_games_due ON quiz_games (ended_at, next_round_at);

-- Which game a round belongs to, as its round_no-th round.
CREATE TABLE quiz_game_rounds (
    game_id  VARCHAR(16) NOT NULL,
    round_no INTEGER     NOT NULL,
    round_id VARCHAR(16) NOT NULL UNIQUE,
    PRIMARY KEY (game_id, round_no)
);
