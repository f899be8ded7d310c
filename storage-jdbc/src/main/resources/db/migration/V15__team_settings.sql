-- The platform's id of a delivered team post, so its reveal can answer it (a reply on Telegram, its thread on Discord).
ALTER TABLE team_posts ADD COLUMN message_id VARCHAR(64);

-- What a team chat's admins set beyond the schedule: when answers are revealed (minute of the day in the daily zone;
-- NULL: with the next post) and the group each post mentions (a Discord role id; NULL: none).
CREATE TABLE team_settings (
    platform     VARCHAR(32)  NOT NULL,
    chat_id      VARCHAR(200) NOT NULL,
    reveal_minute INTEGER,
    mention_role VARCHAR(64),
    PRIMARY KEY (platform, chat_id)
);
