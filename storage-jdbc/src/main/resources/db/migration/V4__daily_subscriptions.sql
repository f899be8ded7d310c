-- Chats that get a question every day at a UTC time of day (minutes after midnight).
CREATE TABLE daily_subscriptions (
    platform   VARCHAR(20)  NOT NULL,
    chat_id    VARCHAR(128) NOT NULL,
    chat_kind  VARCHAR(10)  NOT NULL,
    user_id    VARCHAR(128) NOT NULL,
    user_name  VARCHAR(100) NOT NULL,
    at_minute  INTEGER      NOT NULL,
    track      VARCHAR(64),
    level      VARCHAR(10),
    since      BIGINT       NOT NULL,
    PRIMARY KEY (platform, chat_id)
);
