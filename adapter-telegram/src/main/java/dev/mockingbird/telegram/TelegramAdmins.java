package dev.mockingbird.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mockingbird.core.access.ChatAdminsPort;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Who administers a Telegram group, from {@code getChatMember}: its creator and administrators. Answers are kept for a
 * few minutes, as a demoted admin losing the right a little late is harmless and a call per command is not.
 */
final class TelegramAdmins implements ChatAdminsPort {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramAdmins.class);
    /** How long an answer is trusted. */
    static final Duration KEPT = Duration.ofMinutes(3);
    private static final Set<String> ADMIN_STATUSES = Set.of("creator", "administrator");

    private record Key(String chatId, String userId) {
    }

    private final TelegramClient client;
    private final Cache<Key, Boolean> known;

    TelegramAdmins(TelegramClient client, Duration keep) {
        this.client = client;
        this.known = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(10_000).build();
    }

    @Override
    public boolean isAdmin(String platform, String chatId, String userId) {
        Optional<TelegramChat> chat = TelegramChat.parse(chatId);
        if (!UpdateTranslator.PLATFORM.equals(platform) || !userId.matches("-?\\d{1,19}") || chat.isEmpty()) {
            return false;
        }
        // A forum topic's admins are its group's.
        String group = Long.toString(chat.get().chat());
        Key key = new Key(group, userId);
        Boolean cached = known.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        try {
            ChatMember member = client.execute(new GetChatMember(group, Long.parseLong(userId)));
            boolean admin = ADMIN_STATUSES.contains(member.getStatus());
            known.put(key, admin);
            return admin;
        } catch (TelegramApiException e) {
            // Not cached: the next try may reach Telegram. Until then the change is refused, never let through.
            LOG.warn("Could not ask Telegram who administers chat {}: {}", chatId, Delivery.describe(e));
            return false;
        }
    }
}
