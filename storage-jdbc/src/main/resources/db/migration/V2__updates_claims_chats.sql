-- Redelivered platform updates are recognised by their id.
CREATE TABLE processed_updates (
    platform     VARCHAR(20)  NOT NULL,
    update_id    VARCHAR(64)  NOT NULL,
    processed_at BIGINT       NOT NULL,
    PRIMARY KEY (platform, update_id)
);
CREATE INDEX processed_updates_at ON processed_updates (processed_at);

-- Work that must happen once across instances is claimed by inserting its key.
CREATE TABLE claims (
    claim_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    instance   VARCHAR(100) NOT NULL,
    claimed_at BIGINT       NOT NULL
);

CREATE TABLE chats (
    platform   VARCHAR(20)  NOT NULL,
    chat_id    VARCHAR(128) NOT NULL,
    active     BOOLEAN      NOT NULL,
    reason     VARCHAR(200),
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (platform, chat_id)
);
