package dev.mockingbird.core.storage;

import java.time.Instant;

/** Remembers which platform updates were handled, so a redelivered update is not handled twice. */
public interface UpdateLogPort {

    /** Records the update; true the first time it is seen, false for a redelivery. */
    boolean firstSeen(String platform, String updateId, Instant at);

    /** Forgets updates handled before this time (platforms redeliver within minutes, not days); returns how many. */
    int forgetUpdatesBefore(Instant before);
}
