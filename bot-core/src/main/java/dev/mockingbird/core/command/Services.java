package dev.mockingbird.core.command;

import dev.mockingbird.core.access.Access;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.Storage;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The services commands share, built once and passed to each command's constructor.
 *
 * @param bank     the question bank
 * @param storage  the stores
 * @param sessions live sessions
 * @param clock    the time source
 * @param random   the randomness used for picking
 * @param access   who may change what a whole chat shares
 */
public record Services(QuestionBank bank, Storage storage, Sessions sessions, Clock clock, RandomGenerator random,
                       Access access) {
    public Services {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(access, "access");
    }
}
