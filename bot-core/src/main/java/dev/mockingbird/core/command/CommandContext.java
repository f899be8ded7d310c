package dev.mockingbird.core.command;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.Profile;
import java.time.Instant;
import java.util.List;

/**
 * What a command needs to know about the request it serves. Commands run with the session locked.
 *
 * @param request  the request
 * @param session  the session the request acts on
 * @param person   the person who sent it
 * @param services the shared services
 */
public record CommandContext(ChatRequest request, SessionKey session, SessionKey person, Services services) {

    /** The session's current state. */
    public SessionState state() {
        return services.sessions().get(session);
    }

    /** Stores the session's new state. */
    public void state(SessionState state) {
        services.sessions().put(session, state);
    }

    /** The person's profile, a fresh one if they have none. */
    public Profile profile() {
        return services.storage().profiles().find(person)
                .orElseGet(() -> Profile.fresh(person, request.displayName()));
    }

    /** Stores the person's profile. */
    public void profile(Profile profile) {
        services.storage().profiles().save(profile);
    }

    /** Now, from the injected clock. */
    public Instant now() {
        return services.clock().instant();
    }

    /** A short note to the person: a toast for a button press, a message for typed text. */
    public List<Reply> note(String text) {
        return List.of(request.input() instanceof Input.Press ? new Reply.Notice(text) : Reply.text(text));
    }

    /** Whether the sender may change what everyone in this chat shares: anyone in private, admins in groups. */
    public boolean mayManage() {
        return services.access().mayManage(request);
    }

    /**
     * The one polite line for a member who tried to change a shared setting.
     *
     * @param what what they tried to change, e.g. "the daily question"
     * @param read the command anyone can use to see the current settings
     */
    public List<Reply> adminsOnly(String what, String read) {
        return note("Only this chat's admins can change " + what + ". " + read + " shows how it is set.");
    }

    /** Whether the chat is a shared room. */
    public boolean inGroup() {
        return request.chatKind() == ChatKind.GROUP;
    }
}
