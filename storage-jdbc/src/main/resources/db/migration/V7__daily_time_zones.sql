-- A daily question's time of day is in this zone (an IANA id such as Europe/Berlin); NULL, for older rows, is UTC.
ALTER TABLE daily_subscriptions ADD COLUMN zone VARCHAR(64);
