-- Daily questions posted to team chats: people answer them privately, and the answers stay hidden until revealed.
-- revealed_at is set once, by a conditional update, so a reveal happens once across instances.
CREATE TABLE team_posts (
    post_id     VARCHAR(32)  NOT NULL PRIMARY KEY,
    platform    VARCHAR(32)  NOT NULL,
    chat_id     VARCHAR(200) NOT NULL,
    question_id VARCHAR(200) NOT NULL,
    posted_at   BIGINT       NOT NULL,
    revealed_at BIGINT
);
CREATE INDEX team_posts_chat ON team_posts (platform, chat_id, posted_at);

-- One answer per person and post (a later one replaces it); seq keeps the order of first answers.
CREATE TABLE team_answers (
    post_id     VARCHAR(32)  NOT NULL,
    user_id     VARCHAR(200) NOT NULL,
    user_name   VARCHAR(300) NOT NULL,
    covered     VARCHAR(200) NOT NULL,
    score       INTEGER      NOT NULL,
    answered_at BIGINT       NOT NULL,
    first_at    BIGINT       NOT NULL,
    PRIMARY KEY (post_id, user_id)
);

-- Whose next private message answers which post (after following the post's link).
CREATE TABLE team_awaiting (
    platform VARCHAR(32)  NOT NULL,
    user_id  VARCHAR(200) NOT NULL,
    post_id  VARCHAR(32)  NOT NULL,
    PRIMARY KEY (platform, user_id)
);

-- People who appear as "someone" in a chat's reveals.
CREATE TABLE team_anonymous (
    platform VARCHAR(32)  NOT NULL,
    chat_id  VARCHAR(200) NOT NULL,
    user_id  VARCHAR(200) NOT NULL,
    PRIMARY KEY (platform, chat_id, user_id)
);

-- A team's weekly digest: day of the week (1 Monday .. 7 Sunday) and minute of the day, in the chat's daily zone.
CREATE TABLE team_digests (
    platform  VARCHAR(32)  NOT NULL,
    chat_id   VARCHAR(200) NOT NULL,
    weekday   INTEGER      NOT NULL,
    at_minute INTEGER      NOT NULL,
    PRIMARY KEY (platform, chat_id)
);
