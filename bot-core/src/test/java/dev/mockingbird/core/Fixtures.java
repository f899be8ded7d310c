package dev.mockingbird.core;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Quiz;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small bank and request shorthands shared by the engine's tests (and, via the test jar, the adapters'). */
public final class Fixtures {

    public static final Track SYSTEM_DESIGN = new Track("system-design", "System Design", "Designing systems.",
            "Systems & design");
    public static final Track DATABASES = new Track("databases", "Databases & SQL", "Relational databases.", "Data");
    public static final Track MONGODB = new Track("mongodb", "MongoDB", "Documents and aggregation.", "Data");

    private Fixtures() {
    }

    /** Three tracks; system design has four questions per level, the others fewer, MongoDB no junior ones. */
    public static QuestionBank bank() {
        List<Question> questions = new ArrayList<>();
        for (Level level : Level.values()) {
            for (int i = 1; i <= 4; i++) {
                questions.add(question(SYSTEM_DESIGN, level, i));
            }
            questions.add(question(DATABASES, level, 1));
            questions.add(question(DATABASES, level, 2));
            if (level != Level.JUNIOR) {
                questions.add(question(MONGODB, level, 1));
            }
        }
        return QuestionBank.of(List.of(SYSTEM_DESIGN, DATABASES, MONGODB), questions);
    }

    /** A question whose text names its track, level and number, e.g. "System Design mid question 2?". */
    public static Question question(Track track, Level level, int n) {
        return new Question(track.slug() + "/" + level.slug() + "-" + n, track.slug(), level,
                track.name() + " " + level.slug() + " question " + n + "?",
                List.of("Alias of " + track.slug() + " " + level.slug() + " " + n),
                "**Model** answer for " + track.slug() + " " + level.slug() + " " + n + ".\n\n- uses a *cache*\n"
                        + "- and a `queue`",
                List.of(new KeyPoint("Caching hot reads", List.of("cache", "caching", "redis")),
                        new KeyPoint("Queue for async work", List.of("queue", "kafka", "message broker")),
                        new KeyPoint("Horizontal scaling", List.of("horizontal", "scale out", "sharding"))),
                List.of("What breaks first?"), List.of("scaling"),
                Optional.of(new Quiz("Quiz " + n + "?", List.of("a", "b", "c"), 1, "Because b.")));
    }

    /** A typed message in a private chat from person 42. */
    public static ChatRequest privateText(String text) {
        return ChatRequest.text("test", "42", ChatKind.PRIVATE, "42", "Ada", text);
    }

    /** A button press in a private chat from person 42. */
    public static ChatRequest privatePress(String data) {
        return ChatRequest.press("test", "42", ChatKind.PRIVATE, "42", "Ada", data);
    }

    /** A typed message in group chat -100 from the given person. */
    public static ChatRequest groupText(String userId, String text) {
        return ChatRequest.text("test", "-100", ChatKind.GROUP, userId, "User " + userId, text);
    }

    /** A button press in group chat -100 by the given person. */
    public static ChatRequest groupPress(String userId, String data) {
        return ChatRequest.press("test", "-100", ChatKind.GROUP, userId, "User " + userId, data);
    }

    /** A reply's text as a person reads it (a notice's text as is). */
    public static String text(Reply reply) {
        return switch (reply) {
            case Reply.Send s -> s.text().plainText();
            case Reply.Edit e -> e.text().plainText();
            case Reply.Notice n -> n.text();
        };
    }

    /** The buttons under a reply; none for a notice. */
    public static List<Button> buttons(Reply reply) {
        return switch (reply) {
            case Reply.Send s -> s.buttons();
            case Reply.Edit e -> e.buttons();
            case Reply.Notice n -> List.of();
        };
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
