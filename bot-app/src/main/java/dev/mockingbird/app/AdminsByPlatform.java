package dev.mockingbird.app;

import dev.mockingbird.core.access.ChatAdminsPort;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's one admins port, answered by the platform each request came from. The engine is built before the
 * platforms connect, so each platform joins once it is running; until then nobody is known as an admin there.
 */
final class AdminsByPlatform implements ChatAdminsPort {

    private final Map<String, ChatAdminsPort> platforms = new ConcurrentHashMap<>();

    /** Asks this port about that platform's chats from now on. */
    void add(String platform, ChatAdminsPort port) {
        platforms.put(platform, port);
    }

    @Override
    public boolean isAdmin(String platform, String chatId, String userId) {
        ChatAdminsPort port = platforms.get(platform);
        return port != null && port.isAdmin(platform, chatId, userId);
    }
}
