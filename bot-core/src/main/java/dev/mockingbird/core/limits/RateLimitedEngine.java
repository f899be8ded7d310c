package dev.mockingbird.core.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.ForwardingChatEngine;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.Reply;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token buckets (Bucket4j) in front of the engine: one per person, and one per group for actions that change what the
 * whole chat shares. Buckets live in memory, per instance: behind a load balancer each instance limits what reaches
 * it, which bounds a flood by the number of instances.
 */
final class RateLimitedEngine extends ForwardingChatEngine {

    /** Commands whose changes reach a whole group; answers ({@code /quiz b}) and plain reads do not count. */
    private static final Set<String> GROUP_ACTIONS = Set.of("quiz", "daily", "quizset");
    private static final Pattern COMMAND = Pattern.compile("^/([a-z]+)(?:@\\S+)?(?:\\s+(.*))?$", Pattern.DOTALL);
    /** Limits kept per person and group: idle ones go, and a flood of new ids cannot grow the map without bound. */
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final long MAX_KEYS = 200_000;

    private final RateLimits limits;
    private final TimeMeter time;
    private final Cache<String, Allowance> people;
    private final Cache<String, Allowance> groups;

    /** A bucket, and whether its owner has been told they are going too fast since it last let them through. */
    private static final class Allowance {
        final Bucket bucket;
        volatile boolean told;

        Allowance(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    RateLimitedEngine(ChatEngine engine, RateLimits limits, Clock clock) {
        super(engine);
        this.limits = limits;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.people = Caffeine.newBuilder().expireAfterAccess(KEEP).maximumSize(MAX_KEYS).build();
        this.groups = Caffeine.newBuilder().expireAfterAccess(KEEP).maximumSize(MAX_KEYS).build();
    }

    private Bucket bucket(int perMinute, int burst) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    @Override
    public List<Reply> handle(ChatRequest request) {
        Allowance person = people.get(request.platform() + ":" + request.userId(),
                k -> new Allowance(bucket(limits.perMinute(), limits.burst())));
        if (!take(person)) {
            return refusal(person, request, "You are going a little fast. Give me a few seconds, then try again.");
        }
        if (request.chatKind() != ChatKind.PRIVATE && groupAction(request)) {
            Allowance group = groups.get(request.platform() + ":" + request.chatId(),
                    k -> new Allowance(bucket(limits.groupActionsPerMin(), limits.groupBurst())));
            if (!take(group)) {
                return refusal(group, request, "This chat has changed its quiz or daily settings a lot just now. "
                        + "Give it a minute, then try again.");
            }
        }
        return delegate().handle(request);
    }

    private static boolean take(Allowance allowance) {
        if (allowance.bucket.tryConsume(1)) {
            allowance.told = false;
            return true;
        }
        return false;
    }

    /** Says so once; after that, silence until the bucket lets a request through again. */
    private static List<Reply> refusal(Allowance allowance, ChatRequest request, String text) {
        if (allowance.told) {
            return List.of();
        }
        allowance.told = true;
        return List.of(request.input() instanceof Input.Press ? new Reply.Notice(text) : Reply.text(text));
    }

    /** Whether a request changes what a whole group shares. */
    private static boolean groupAction(ChatRequest request) {
        return switch (request.input()) {
            case Input.Text text -> {
                Matcher m = COMMAND.matcher(text.text().strip().toLowerCase(Locale.ROOT));
                if (!m.matches() || !GROUP_ACTIONS.contains(m.group(1))) {
                    yield false;
                }
                String args = m.group(2) == null ? "" : m.group(2).strip();
                // /quiz alone starts a game; /quiz b answers one, and /daily or /quizset alone only read.
                yield m.group(1).equals("quiz") ? args.length() != 1 : !args.isEmpty();
            }
            case Input.Invocation invocation -> GROUP_ACTIONS.contains(invocation.command())
                    && (invocation.command().equals("quiz") || !invocation.options().isEmpty());
            case Input.Press press -> false;
        };
    }
}
