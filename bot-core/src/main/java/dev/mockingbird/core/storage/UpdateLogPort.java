package dev.mockingbird.core.storage;

import java.time.Instant;
import java.util.Optional;

/** Remembers which platform updates were handled, so a redelivered update is not handled twice. */
public interface UpdateLogPort {

    /** Records the update; true the first time it is seen, false for a redelivery. */
    boolean firstSeen(String platform, String updateId, Instant at);

    /**
     * Keeps the replies to a first-seen update until {@link #delivered} is called: written in the same unit of work as
     * the update's effects, so the replies are never lost with an instance that dies before sending them.
     */
    void hold(String platform, String updateId, HeldReplies replies);

    /** The replies to an update that were not confirmed delivered yet; empty when delivered or never held. */
    Optional<HeldReplies> held(String platform, String updateId);

    /**
     * Takes over delivering an update's held replies when the instance that held them has not confirmed them by
     * {@link HeldReplies#until()}: true for exactly one of several instances asking at once.
     */
    boolean takeOver(String platform, String updateId, Instant now, Instant until);

    /** The update's replies reached the platform: forget them. */
    void delivered(String platform, String updateId);

    /** Forgets updates handled before this time (platforms redeliver within minutes, not days); returns how many. */
    int forgetUpdatesBefore(Instant before);
}
