package dev.mockingbird.core.access;

import dev.mockingbird.core.chat.ChatRequest;

/**
 * Decides whether a request may change what everyone in its chat shares (the daily schedule, quiz settings, a running
 * game). Anyone may in a private chat; in groups only the chat's admins, as the update or the platform says.
 */
public interface Access {

    /** Whether the sender may change the chat's shared settings. */
    boolean mayManage(ChatRequest request);

    /** Access that asks the platform's port when the update does not already say. */
    static Access over(ChatAdminsPort admins) {
        return new PortAccess(admins);
    }
}
