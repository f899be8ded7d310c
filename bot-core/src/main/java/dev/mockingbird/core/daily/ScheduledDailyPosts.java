package dev.mockingbird.core.daily;

import dev.mockingbird.core.ask.AskUseCase;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.ChatPort;
import dev.mockingbird.core.storage.ClaimPort;
import dev.mockingbird.core.storage.DailyPort;
import dev.mockingbird.core.storage.DailySubscription;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.core.storage.TeamPost;
import dev.mockingbird.core.storage.TeamSettings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims each due post and asks its question through the asking use case, in one unit of work under the chat's
 * session lock, then delivers through the platform's port once that is committed.
 */
final class ScheduledDailyPosts implements DailyPosts {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledDailyPosts.class);

    private final QuestionBank bank;
    private final DailyPort subscriptions;
    private final ClaimPort claims;
    private final ChatPort chats;
    private final Sessions sessions;
    private final Clock clock;
    private final AskUseCase asks;
    private final TeamPosts team;
    /** Names this process in claims, for whoever reads the table; uniqueness comes from the claim key. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    /**
     * Today's claims this instance need not look at again, so a tick costs a query or two rather than two per
     * subscription all day. Only a shortcut: the claim in the database still decides.
     */
    private final java.util.Set<String> settled = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile LocalDate settledOn = LocalDate.MIN;

    /** Passing delivery failures per claim in this process; past the limit the day's post is given up. */
    private final Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
    /** Tries of one day's post before giving up on it, so a chat that always fails is not asked every tick. */
    static final int MAX_TRIES = 3;

    ScheduledDailyPosts(QuestionBank bank, Storage storage, Sessions sessions, Clock clock, AskUseCase asks) {
        this.bank = bank;
        this.subscriptions = storage.daily();
        this.claims = storage.claims();
        this.chats = storage.chats();
        this.sessions = sessions;
        this.clock = clock;
        this.asks = asks;
        this.team = new TeamPosts(bank, storage.daily());
    }

    @Override
    public int postDue(List<OutboundPort> outbound) {
        Map<String, OutboundPort> ports = outbound.stream()
                .collect(Collectors.toMap(OutboundPort::platform, p -> p, (a, b) -> a));
        Instant now = clock.instant();
        // Reveals first: after downtime, yesterday's answers come before today's question, and are revealed before a
        // new post becomes the chat's open one.
        int posted = revealDue(ports, now);
        for (DailySubscription daily : subscriptions.subscriptions(List.copyOf(ports.keySet()))) {
            // "Today" is the chat's own date: 09:00 in Tokyo and 09:00 in Berlin are different instants.
            LocalDate today = daily.today(now);
            Instant due = daily.dueOn(today);
            String claim = claimKey(daily, today);
            // Subscribed after today's time: the first question comes tomorrow. Settled: done with for today.
            // Paused, or a weekend for a weekdays-only team: nothing today. A post missed while the bot was down
            // still goes out later the same local day (the claim is per day), never twice and never the next day.
            if (daily.paused() || !daily.postsOn(today) || now.isBefore(due) || daily.since().isAfter(due)
                    || settled.contains(claim)
                    || !chats.isActive(daily.platform(), daily.chatId())) {
                continue;
            }
            try {
                Optional<Post> question = sessions.locked(session(daily),
                        () -> claims.claim(claim, instance, now) ? ask(daily) : Optional.empty());
                if (question.isPresent()) {
                    posted += deliver(daily, claim, question.get(),
                            java.util.Objects.requireNonNull(ports.get(daily.platform()), "an outbound port")) ? 1 : 0;
                }
                // Posted, given up, or claimed by another instance: either way nothing more to do for it today
                // (unless released for a retry, which takes it off this list again).
                if (!failures.containsKey(claim)) {
                    settle(claim, today);
                }
            } catch (RuntimeException e) {
                // One chat's trouble (a storage hiccup) must not stop the others' questions. The unit of work rolled
                // back, claim included, so a later tick tries again, a few times at most.
                LOG.error("Daily question for {} chat {} failed", daily.platform(), daily.chatId(), e);
                if (failures.merge(claim, 1, Integer::sum) >= MAX_TRIES) {
                    failures.remove(claim);
                    settle(claim, today);
                }
            }
        }
        return posted + postDigests(ports, now);
    }

    /**
     * Reveals at the time a team's admins set: a chat's open post is revealed at the first such time of day after it
     * was posted (in the daily question's zone), or as soon as the bot is back if it was down then; once across
     * instances, and even when nobody answered, since the team is waiting for the model answer. So a post made after
     * the day's reveal time (reveal 08:30, post 09:00) waits for the next day's.
     */
    private int revealDue(Map<String, OutboundPort> ports, Instant now) {
        int revealed = 0;
        for (TeamSettings settings : subscriptions.revealTimes(List.copyOf(ports.keySet()))) {
            Optional<DailySubscription> daily = subscriptions.subscription(settings.platform(), settings.chatId());
            Optional<TeamPost> open = subscriptions.openPost(settings.platform(), settings.chatId());
            if (daily.isEmpty() || open.isEmpty() || settings.revealAt().isEmpty()) {
                continue;
            }
            java.time.ZoneId zone = daily.get().zone();
            LocalDate postedOn = LocalDate.ofInstant(open.get().postedAt(), zone);
            Instant due = postedOn.atTime(settings.revealAt().get()).atZone(zone).toInstant();
            if (!due.isAfter(open.get().postedAt())) {
                due = postedOn.plusDays(1).atTime(settings.revealAt().get()).atZone(zone).toInstant();
            }
            if (now.isBefore(due) || !chats.isActive(settings.platform(), settings.chatId())) {
                continue;
            }
            Instant cutoff = due;
            // Once revealed the post is no longer open, so nothing needs remembering to skip it on later ticks.
            revealed += postToTeam("Team reveal", settings.platform(), settings.chatId(), ports,
                    () -> team.revealOpen(settings.platform(), settings.chatId(), now, true, cutoff)) ? 1 : 0;
        }
        return revealed;
    }

    /**
     * Weekly digests due on this instance's platforms: once a week per chat (claimed per chat and date), on the set
     * day in the chat's daily-question time zone, or later that day if the bot was down at the time.
     */
    private int postDigests(Map<String, OutboundPort> ports, Instant now) {
        int posted = 0;
        for (dev.mockingbird.core.storage.TeamDigest digest : subscriptions.digests(List.copyOf(ports.keySet()))) {
            java.time.ZoneId zone = subscriptions.subscription(digest.platform(), digest.chatId())
                    .map(DailySubscription::zone).orElse(java.time.ZoneOffset.UTC);
            LocalDate today = now.atZone(zone).toLocalDate();
            Instant due = today.atTime(digest.at()).atZone(zone).toInstant();
            String claim = "digest:" + digest.platform() + ":" + digest.chatId() + ":" + today;
            if (today.getDayOfWeek() != digest.day() || now.isBefore(due) || settled.contains(claim)
                    || !chats.isActive(digest.platform(), digest.chatId())) {
                continue;
            }
            posted += postToTeam("Weekly digest", digest.platform(), digest.chatId(), ports, () -> {
                List<Reply> week = claims.claim(claim, instance, now)
                        ? team.digest(digest.platform(), digest.chatId(), now) : List.of();
                // Made here or claimed by another instance: either way this week's digest is done with.
                settle(claim, today);
                return week;
            }) ? 1 : 0;
        }
        return posted;
    }

    /**
     * Makes a team chat's message under the chat's lock and posts it. Once made it is not made again (the reveal is
     * marked, the digest claimed), so a failed delivery is not retried; a failure before that, in the store, is tried
     * again on the next tick. One chat's trouble is logged without stopping the others'. Whether it was posted.
     */
    private boolean postToTeam(String what, String platform, String chatId, Map<String, OutboundPort> ports,
                               java.util.function.Supplier<List<Reply>> make) {
        try {
            List<Reply> replies = sessions.locked(new SessionKey(platform, "chat", chatId), make);
            if (replies.isEmpty()) {
                return false;
            }
            java.util.Objects.requireNonNull(ports.get(platform), "a port").post(chatId, ChatKind.GROUP, replies);
            return true;
        } catch (DeliveryException e) {
            LOG.warn("{} for {} chat {} not delivered: {}", what, platform, chatId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} for {} chat {} failed", what, platform, chatId, e);
        }
        return false;
    }

    /** The claim that makes a chat's question for one of its days go out once, whichever instance posts it. */
    static String claimKey(DailySubscription daily, LocalDate day) {
        return "daily:" + daily.platform() + ":" + daily.chatId() + ":" + day;
    }

    private void settle(String claim, LocalDate day) {
        // Claims of days gone by are of no use; keep the set to about one day of chats.
        if (day.isAfter(settledOn)) {
            settled.removeIf(key -> !key.endsWith(":" + day) && !key.endsWith(":" + day.minusDays(1))
                    && !key.endsWith(":" + day.plusDays(1)));
            settledOn = day;
        }
        settled.add(claim);
    }

    /** Whose session the daily question lands in: the person's in a private chat, the chat's in a group. */
    private static SessionKey session(DailySubscription daily) {
        return daily.chatKind() == ChatKind.PRIVATE ? person(daily)
                : new SessionKey(daily.platform(), "chat", daily.chatId());
    }

    private static SessionKey person(DailySubscription daily) {
        return new SessionKey(daily.platform(), "user", daily.userId());
    }

    /**
     * Asks the day's question, so it becomes the chat's current question (its Show answer button and /answer work as
     * for /ask); empty when there is none to ask today.
     */
    private Optional<Post> ask(DailySubscription daily) {
        Optional<Track> track = daily.track().flatMap(slug -> bank.tracks().stream()
                .filter(t -> t.slug().equals(slug)).findFirst());
        if (daily.track().isPresent() && track.isEmpty()) {
            LOG.warn("Daily question for {} chat {} skipped today: its track {} is no longer in the bank",
                    daily.platform(), daily.chatId(), daily.track().get());
            return Optional.empty();
        }
        if (sessions.get(session(daily)) instanceof SessionState.Interviewing) {
            // A mock interview is on: a question now would end it. Practice commands wait for it; so does this.
            LOG.info("Daily question for {} chat {} skipped today: a mock interview is running", daily.platform(),
                    daily.chatId());
            return Optional.empty();
        }
        AskUseCase.Asked asked = asks.askWithDefaults(session(daily), person(daily),
                daily.chatKind() == ChatKind.GROUP, track, daily.level());
        if (asked.question().isEmpty()) {
            LOG.warn("Daily question for {} chat {} skipped today: no question to ask ({})", daily.platform(),
                    daily.chatId(), asked.replies().isEmpty() ? "no reply" : firstLine(asked.replies().getFirst()));
            return Optional.empty();
        }
        if (daily.chatKind() != ChatKind.GROUP) {
            return Optional.of(new Post(List.of(), headed(asked.replies(), Optional.empty()), Optional.empty()));
        }
        // A team chat: yesterday's answers are revealed with today's post, which people answer privately (unless an
        // admin set a time of day for reveals, which then comes first).
        Instant now = clock.instant();
        TeamSettings settings = subscriptions.teamSettings(daily.platform(), daily.chatId());
        List<Reply> reveal = settings.revealAt().isPresent() ? List.of()
                : team.revealOpen(daily.platform(), daily.chatId(), now, false);
        Button answer = team.open(daily.platform(), daily.chatId(), asked.question().get().id(), now);
        String postId = answer.data().substring(TeamPosts.PAYLOAD.length());
        return Optional.of(new Post(reveal, headed(withButton(asked.replies(), answer), settings.mentionRole()),
                Optional.of(postId)));
    }

    /**
     * A day's post: the previous question's reveal (sent first, as an answer to that post), the new question, and the
     * team post it opened, whose message id is kept for its own reveal.
     */
    private record Post(List<Reply> reveal, List<Reply> question, Optional<String> teamPost) {
    }

    /** The question (the first message) with the button to answer it privately first. */
    private static List<Reply> withButton(List<Reply> replies, Button answer) {
        List<Reply> out = new ArrayList<>();
        boolean first = true;
        for (Reply reply : replies) {
            if (first && reply instanceof Reply.Send send) {
                List<Button> buttons = new ArrayList<>();
                buttons.add(answer);
                buttons.addAll(send.buttons());
                out.add(new Reply.Send(send.text(), buttons, send.audience()));
                first = false;
            } else {
                out.add(reply);
            }
        }
        return out;
    }

    private boolean deliver(DailySubscription daily, String claim, Post post, OutboundPort port) {
        try {
            if (!post.reveal().isEmpty()) {
                port.post(daily.chatId(), daily.chatKind(), post.reveal());
            }
            Optional<String> message = port.postAndGetId(daily.chatId(), daily.chatKind(), post.question());
            if (post.teamPost().isPresent() && message.isPresent()) {
                subscriptions.anchor(post.teamPost().get(), message.get());
            }
            failures.remove(claim);
            return true;
        } catch (DeliveryException e) {
            // Nobody saw the team post, so nobody can answer it: it is closed quietly, and a retry's new post is the
            // chat's only open one (an older open post would end people's streaks and never be revealed).
            post.teamPost().ifPresent(id -> subscriptions.reveal(id, clock.instant()));
            if (e.permanent()) {
                LOG.warn("Daily question for {} chat {} cannot be delivered any more ({}); marking it inactive",
                        daily.platform(), daily.chatId(), e.getMessage());
                chats.markInactive(daily.platform(), daily.chatId(), String.valueOf(e.getMessage()),
                        clock.instant());
            } else if (failures.merge(claim, 1, Integer::sum) < MAX_TRIES) {
                LOG.warn("Daily question for {} chat {} not delivered ({}); trying again shortly",
                        daily.platform(), daily.chatId(), e.getMessage());
                claims.release(claim);
            } else {
                LOG.warn("Daily question for {} chat {} not delivered after {} tries ({}); giving up for today",
                        daily.platform(), daily.chatId(), MAX_TRIES, e.getMessage());
                failures.remove(claim);
            }
            return false;
        }
    }

    private static String firstLine(Reply reply) {
        String text = switch (reply) {
            case Reply.Send send -> send.text().plainText();
            case Reply.Edit edit -> edit.text().plainText();
            case Reply.Notice notice -> notice.text();
        };
        return text.lines().findFirst().orElse("");
    }

    /** The question with a line saying why it came unasked, mentioning the team's group when it has one. */
    private static List<Reply> headed(List<Reply> replies, Optional<String> mention) {
        List<Reply> out = new ArrayList<>();
        boolean first = true;
        for (Reply reply : replies) {
            if (first && reply instanceof Reply.Send send) {
                RichText.Builder head = RichText.builder().paragraph(new RichText.Bold("Daily interview question"));
                mention.ifPresent(group -> head.paragraph(new RichText.Mention(group, "")));
                RichText text = head.append(send.text()).build();
                out.add(new Reply.Send(text, send.buttons(), send.audience()));
                first = false;
            } else {
                out.add(reply);
            }
        }
        return out;
    }
}
