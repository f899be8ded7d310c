package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.storage.DailyPort;
import dev.mockingbird.core.storage.DailySubscription;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Daily-question subscriptions in {@code daily_subscriptions}, one per chat; times of day as minutes. */
final class JdbcDaily implements DailyPort {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDaily.class);
    private static final String COLUMNS = "platform, chat_id, chat_kind, user_id, user_name, at_minute, track, "
            + "level, since, zone, weekdays_only, paused";

    private final JdbcTransactions db;

    JdbcDaily(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public void subscribe(DailySubscription d) {
        db.with(h -> {
            var upsert = h.createUpdate("INSERT INTO daily_subscriptions (" + COLUMNS + ") VALUES (:platform, :chat, "
                            + ":kind, :user, :name, :minute, :track, :level, :since, :zone, :weekdays, :paused) "
                            + "ON CONFLICT (platform, chat_id) DO UPDATE SET chat_kind = excluded.chat_kind, "
                            + "user_id = excluded.user_id, user_name = excluded.user_name, "
                            + "at_minute = excluded.at_minute, track = excluded.track, level = excluded.level, "
                            + "since = excluded.since, zone = excluded.zone, weekdays_only = excluded.weekdays_only, "
                            + "paused = excluded.paused")
                    .bind("platform", d.platform())
                    .bind("chat", d.chatId())
                    .bind("kind", d.chatKind().name())
                    .bind("user", d.userId())
                    .bind("name", d.userName())
                    .bind("minute", d.at().getHour() * 60 + d.at().getMinute())
                    .bind("since", d.since().toEpochMilli())
                    .bind("zone", d.zone().getId())
                    // 0 and 1 rather than a boolean type: the same column reads alike on SQLite and PostgreSQL.
                    .bind("weekdays", d.weekdays() ? 1 : 0)
                    .bind("paused", d.paused() ? 1 : 0);
            d.track().ifPresentOrElse(t -> upsert.bind("track", t), () -> upsert.bindNull("track", Types.VARCHAR));
            d.level().ifPresentOrElse(l -> upsert.bind("level", l.slug()),
                    () -> upsert.bindNull("level", Types.VARCHAR));
            return upsert.execute();
        });
    }

    @Override
    public boolean unsubscribe(String platform, String chatId) {
        return db.with(h -> h.createUpdate("DELETE FROM daily_subscriptions WHERE platform = :platform "
                        + "AND chat_id = :chat")
                .bind("platform", platform)
                .bind("chat", chatId)
                .execute()) > 0;
    }

    @Override
    public Optional<DailySubscription> subscription(String platform, String chatId) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM daily_subscriptions "
                        + "WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", platform)
                .bind("chat", chatId)
                .map((rows, ctx) -> subscription(rows))
                .findOne());
    }

    @Override
    public List<DailySubscription> subscriptions(List<String> platforms) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        String names = IntStream.range(0, platforms.size()).mapToObj(i -> ":p" + i).collect(Collectors.joining(", "));
        return db.with(h -> {
            var query = h.createQuery("SELECT " + COLUMNS + " FROM daily_subscriptions WHERE platform IN (" + names
                    + ") ORDER BY at_minute, platform, chat_id");
            for (int i = 0; i < platforms.size(); i++) {
                query.bind("p" + i, platforms.get(i));
            }
            return query.map((rows, ctx) -> subscription(rows)).collectIntoList();
        });
    }

    private static DailySubscription subscription(ResultSet rows) throws SQLException {
        int minute = rows.getInt("at_minute");
        return new DailySubscription(rows.getString("platform"), rows.getString("chat_id"),
                ChatKind.valueOf(rows.getString("chat_kind")), rows.getString("user_id"), rows.getString("user_name"),
                LocalTime.of(minute / 60, minute % 60), zone(rows.getString("zone")),
                Optional.ofNullable(rows.getString("track")),
                Optional.ofNullable(rows.getString("level")).flatMap(Level::parse),
                Instant.ofEpochMilli(rows.getLong("since")), rows.getInt("weekdays_only") == 1,
                rows.getInt("paused") == 1);
    }

    /** Rows from before time zones, or with a zone this JVM no longer knows, are in UTC. */
    private static ZoneId zone(@Nullable String id) {
        if (id == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            LOG.warn("Unknown time zone {} on a daily subscription; using UTC: {}", id, e.getMessage());
            return ZoneOffset.UTC;
        }
    }
}
