package dev.mockingbird.core.daily;

import static dev.mockingbird.core.Fixtures.groupText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A team's schedule: weekdays only, pause and resume, a post missed during downtime, and daylight-saving days. */
class DailyScheduleTest {

    private final Storage storage = Storage.inMemory();
    private final DailyTest.RecordingPort port = new DailyTest.RecordingPort();
    private Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.EPOCH);

    private ChatEngine engineAt(String instant, boolean admins) {
        clock = new Fixtures.MutableClock(Instant.parse(instant));
        return Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(5))
                .admins((platform, chat, user) -> admins).build();
    }

    private static String say(ChatEngine engine, String text) {
        List<Reply> replies = engine.handle(groupText("1", text));
        return Fixtures.text(replies.getLast());
    }

    /** Moves the clock to an instant and runs the schedule once; how many posts went out. */
    private int tickAt(ChatEngine engine, String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
        return engine.postDue(List.of(port));
    }

    @Test
    void aWeekdaysOnlyScheduleSkipsTheWeekendInTheChatsOwnZone() {
        // given a Friday morning (2026-01-02) and a Berlin team asking for 09:30 on weekdays (08:30 UTC in winter)
        ChatEngine engine = engineAt("2026-01-02T07:00:00Z", true);
        String done = say(engine, "/daily 09:30 Europe/Berlin weekdays sd");
        assertTrue(done.contains("09:30 Europe/Berlin on weekdays from System Design"), done);
        assertTrue(done.contains("comes 2026-01-02 at 09:30"), done);

        // when the schedule runs on Friday, through the weekend and on Monday
        int friday = tickAt(engine, "2026-01-02T08:31:00Z");
        String afterFriday = say(engine, "/daily");
        int saturday = tickAt(engine, "2026-01-03T08:31:00Z");
        int sunday = tickAt(engine, "2026-01-04T12:00:00Z");
        int monday = tickAt(engine, "2026-01-05T08:30:00Z");

        // then Friday and Monday get their question and the weekend nothing
        assertEquals(List.of(1, 0, 0, 1), List.of(friday, saturday, sunday, monday));
        // and after Friday's post the next one is Monday's, 2 days and 23 h 59 min later
        assertTrue(afterFriday.contains("on weekdays") && afterFriday.contains("the next in 71 h 59 min"),
                afterFriday);
    }

    @Test
    void pauseKeepsTheSettingsAndResumeWaitsForTheNextTimeOfDay() {
        // given a group with a 09:30 UTC question
        ChatEngine engine = engineAt("2026-01-01T08:00:00Z", true);
        say(engine, "/daily 09:30 databases weekdays");

        // when it is paused, the time passes, and someone looks
        String paused = say(engine, "/daily pause");
        int whilePaused = tickAt(engine, "2026-01-01T09:31:00Z");
        String status = say(engine, "/daily");

        // then nothing is posted and the settings are kept
        assertEquals(0, whilePaused);
        assertTrue(paused.startsWith("Paused") && paused.contains("09:30 UTC on weekdays from Databases & SQL"),
                paused);
        assertTrue(status.contains("paused") && status.contains("/daily resume"), status);
        assertTrue(say(engine, "/daily pause").contains("paused already"));

        // when it is resumed after today's time has passed
        String resumed = say(engine, "/daily resume");
        int sameDay = tickAt(engine, "2026-01-01T10:00:00Z");
        int nextDay = tickAt(engine, "2026-01-02T09:30:00Z");

        // then today's time is not posted late, and the next day's is, with the old settings
        assertTrue(resumed.startsWith("Resumed") && resumed.contains("on weekdays from Databases & SQL"), resumed);
        assertEquals(List.of(0, 1), List.of(sameDay, nextDay));
        assertTrue(port.posts.getFirst().contains("Databases"), port.posts.getFirst());
    }

    @Test
    void onlyAdminsPauseOrResume() {
        // given a schedule set by an admin
        engineAt("2026-01-01T08:00:00Z", true).handle(groupText("1", "/daily 09:30"));

        // when a member who is no admin tries to pause it
        ChatEngine members = engineAt("2026-01-01T08:00:00Z", false);
        String refused = say(members, "/daily pause");

        // then it is refused and the question still goes out
        assertTrue(refused.contains("admin"), refused);
        assertEquals(1, tickAt(members, "2026-01-01T09:30:00Z"));
    }

    @Test
    void aPostMissedWhileTheBotWasDownGoesOutOnceLaterThatDayButNeverTheNextDay() {
        // given a 09:30 UTC schedule
        ChatEngine engine = engineAt("2026-01-01T08:00:00Z", true);
        say(engine, "/daily 09:30");

        // when the bot is down at 09:30 and back at 15:00, and runs the schedule again and again
        int back = tickAt(engine, "2026-01-01T15:00:00Z");
        int again = tickAt(engine, "2026-01-01T15:00:05Z");
        // and when it is down all of the next day until after midnight
        int dayAfter = tickAt(engine, "2026-01-03T00:10:00Z");

        // then the missed post came once when it was back, and a whole missed day is not made up
        assertEquals(List.of(1, 0, 0), List.of(back, again, dayAfter));
    }

    @Test
    void onTheSpringForwardDayATimeThatDoesNotExistPostsOnceAnHourLater() {
        // given 02:30 Berlin time, which does not exist on 2026-03-29 (clocks jump from 02:00 to 03:00 CEST)
        ChatEngine engine = engineAt("2026-03-28T12:00:00Z", true);
        say(engine, "/daily 02:30 Europe/Berlin");

        // when the schedule runs through that night: 02:30 CET would be 01:30 UTC; 03:30 CEST is 01:30 UTC too
        int before = tickAt(engine, "2026-03-29T01:29:00Z");
        int at = tickAt(engine, "2026-03-29T01:30:00Z");
        int later = tickAt(engine, "2026-03-29T02:30:00Z");
        // and the next day, 02:30 CEST is 00:30 UTC
        int nextDay = tickAt(engine, "2026-03-30T00:30:00Z");

        // then it posts once that day, right after the gap, and at its usual time the next day
        assertEquals(List.of(0, 1, 0, 1), List.of(before, at, later, nextDay));
    }

    @Test
    void onTheFallBackDayATimeThatHappensTwicePostsOnce() {
        // given 02:30 Berlin time, which happens twice on 2026-10-25 (00:30 UTC in CEST, 01:30 UTC in CET)
        ChatEngine engine = engineAt("2026-10-24T12:00:00Z", true);
        say(engine, "/daily 02:30 Europe/Berlin");

        // when the schedule runs at both of them
        int first = tickAt(engine, "2026-10-25T00:30:00Z");
        int second = tickAt(engine, "2026-10-25T01:30:00Z");
        // and the next day, 02:30 CET is 01:30 UTC
        int early = tickAt(engine, "2026-10-26T00:30:00Z");
        int nextDay = tickAt(engine, "2026-10-26T01:30:00Z");

        // then the first 02:30 posts, the repeated hour does not, and the next day keeps local time
        assertEquals(List.of(1, 0, 0, 1), List.of(first, second, early, nextDay));
    }
}
