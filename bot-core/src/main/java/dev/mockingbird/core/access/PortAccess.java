package dev.mockingbird.core.access;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import java.util.Objects;

final class PortAccess implements Access {

    private final ChatAdminsPort admins;

    PortAccess(ChatAdminsPort admins) {
        this.admins = Objects.requireNonNull(admins, "admins");
    }

    @Override
    public boolean mayManage(ChatRequest request) {
        return request.chatKind() == ChatKind.PRIVATE || request.admin()
                || admins.isAdmin(request.platform(), request.chatId(), request.userId());
    }
}
