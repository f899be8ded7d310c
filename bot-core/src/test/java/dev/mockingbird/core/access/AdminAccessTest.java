package dev.mockingbird.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.storage.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only a group's admins change what the whole group shares; everyone may read it, and anyone in private. */
class AdminAccessTest {

    /** A platform that knows one admin per chat, and records whom it was asked about. */
    private static final class KnownAdmins implements ChatAdminsPort {
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean isAdmin(String platform, String chatId, String userId) {
            asked.add(chatId + "/" + userId);
            return Set.of("admin").contains(userId);
        }
    }

    private final Storage storage = Storage.inMemory();
    private final KnownAdmins admins = new KnownAdmins();
    private final ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(storage)
            .clock(new Fixtures.MutableClock(Instant.parse("2026-01-01T08:00:00Z"))).random(new Random(1))
            .admins(admins).build();

    @Test
    void aMemberWhoIsNotAnAdminIsRefusedPolitelyAndTheScheduleStaysAsItWas() {
        // given a group with no daily question
        // when a member tries to set one
        String reply = Fixtures.text(engine.handle(Fixtures.groupText("member", "/daily 09:30")).getLast());
        // then they hear who can, and nothing is scheduled
        assertEquals("Only this chat's admins can change the daily question. /daily shows how it is set.", reply);
        assertTrue(storage.daily().subscription("test", "-100").isEmpty());
        assertEquals(List.of("-100/member"), admins.asked);
    }

    @Test
    void anAdminThePlatformNamesChangesTheSchedule() {
        String reply = Fixtures.text(engine.handle(Fixtures.groupText("admin", "/daily 09:30")).getLast());
        assertTrue(reply.startsWith("Done: a daily question at 09:30 UTC"), reply);
        assertTrue(storage.daily().subscription("test", "-100").isPresent());
    }

    @Test
    void anAnonymousAdminWhoseUpdateSaysSoIsAcceptedWithoutAskingThePlatform() {
        // given a message the platform marked as sent by an admin (a Telegram group speaking as itself)
        String reply = Fixtures.text(engine.handle(Fixtures.groupText("group-itself", "/daily off").withAdmin(true))
                .getLast());
        assertTrue(reply.startsWith("This chat had no daily question"), reply);
        assertEquals(List.of(), admins.asked);
    }

    @Test
    void readingTheSettingsStaysOpenToEveryoneAndAPrivateChatIsItsOwnAdmin() {
        String status = Fixtures.text(engine.handle(Fixtures.groupText("member", "/daily")).getLast());
        assertTrue(status.startsWith("This chat gets no daily question yet."), status);
        String own = Fixtures.text(engine.handle(Fixtures.privateText("/daily 07:00")).getLast());
        assertTrue(own.startsWith("Done: a daily question at 07:00 UTC"), own);
        assertEquals(List.of(), admins.asked);
    }
}
