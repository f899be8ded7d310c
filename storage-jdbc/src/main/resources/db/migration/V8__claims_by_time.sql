-- Old claims and handled update ids are pruned by time; this index keeps that cheap.
CREATE INDEX claims_claimed_at ON claims (claimed_at);
