-- Spaced repetition: when each person should see a question again.
CREATE TABLE reviews (
    person_key    VARCHAR(200) NOT NULL,
    question_id   VARCHAR(200) NOT NULL,
    due_at        BIGINT       NOT NULL,
    interval_days INTEGER      NOT NULL,
    PRIMARY KEY (person_key, question_id)
);
CREATE INDEX reviews_due ON reviews (person_key, due_at);
