package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.Profile;
import dev.mockingbird.core.storage.ProfilePort;
import java.sql.Types;
import java.time.Clock;
import java.util.Optional;

/** People's defaults, one row each in {@code people}. */
final class JdbcPeople implements ProfilePort {

    private final JdbcTransactions db;
    private final Clock clock;

    JdbcPeople(JdbcTransactions db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Profile> find(SessionKey person) {
        return db.with(h -> h.createQuery("""
                        SELECT display_name, track, level FROM people WHERE platform = :platform AND user_id = :id""")
                .bind("platform", person.platform())
                .bind("id", person.id())
                .map((rows, ctx) -> new Profile(person, rows.getString("display_name"),
                        Optional.ofNullable(rows.getString("track")),
                        Level.parse(rows.getString("level")).orElse(Profile.DEFAULT_LEVEL)))
                .findOne());
    }

    @Override
    public void save(Profile profile) {
        db.with(h -> {
            var update = h.createUpdate("""
                    INSERT INTO people (platform, user_id, display_name, track, level, updated_at)
                    VALUES (:platform, :id, :name, :track, :level, :at)
                    ON CONFLICT (platform, user_id) DO UPDATE SET display_name = excluded.display_name,
                        track = excluded.track, level = excluded.level, updated_at = excluded.updated_at""")
                    .bind("platform", profile.person().platform())
                    .bind("id", profile.person().id())
                    .bind("name", profile.displayName())
                    .bind("level", profile.level().slug())
                    .bind("at", clock.millis());
            profile.track().ifPresentOrElse(t -> update.bind("track", t), () -> update.bindNull("track",
                    Types.VARCHAR));
            return update.execute();
        });
    }

    @Override
    public boolean deleteProfile(SessionKey person) {
        return db.with(h -> h.createUpdate("DELETE FROM people WHERE platform = :platform AND user_id = :id")
                .bind("platform", person.platform())
                .bind("id", person.id())
                .execute()) > 0;
    }
}
