package dev.mockingbird.core.daily;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.storage.ClaimPort;
import dev.mockingbird.core.storage.DailyPort;
import dev.mockingbird.core.storage.DailySubscription;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /daily [HH:MM] [zone] [weekdays] [track] [level]}: this chat gets a question every day (or Monday to Friday)
 * at that time of day, in UTC or the named time zone ({@code Europe/Berlin}, {@code UTC+2}); {@code /daily pause}
 * and {@code /daily resume} stop and restart it keeping the settings, {@code /daily off} ends it, {@code /daily}
 * alone says how it is set.
 */
public final class DailyCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("daily", "A question in this chat every day "
            + "(/daily 09:00 system-design, /daily off)", List.of(
                    new OptionSpec("time", "09:00 Europe/Berlin weekdays (default UTC), or pause, resume, "
                            + "reveal, anonymous, off", OptionSpec.Kind.TEXT, false),
                    new OptionSpec("track", "Track (default: the subscriber's)", OptionSpec.Kind.TRACK, false),
                    new OptionSpec("level", "junior, mid or senior (default: the subscriber's)",
                            OptionSpec.Kind.LEVEL, false),
                    new OptionSpec("role", "A role each post mentions", OptionSpec.Kind.GROUP, false)))
            .asManagingChat();
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?(am|pm)?(?:utc|z)?");
    private static final Set<String> OFF = Set.of("off", "stop", "none", "cancel");
    private static final Set<String> PAUSE = Set.of("pause", "hold");
    private static final Pattern DIGEST = Pattern.compile("(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\s+(\\d{1,2})[:.](\\d{2})");
    private static final Set<String> RESUME = Set.of("resume", "unpause", "continue");
    /** Words that make it Monday to Friday only, and words that make it every day again. */
    private static final Set<String> WEEKDAYS = Set.of("weekdays", "weekday", "workdays", "mon-fri");
    private static final Set<String> EVERY_DAY = Set.of("everyday", "daily", "weekends");
    /** How far ahead the next post is looked for: a weekdays-only schedule skips at most a weekend. */
    private static final int DAYS_AHEAD = 7;
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private final ClaimPort claims;
    private final DailyPort daily;
    private final TrackArgs trackArgs;
    private final TeamPosts team;

    /** The command over the bank, the subscriptions, and the claims that say whether today's post went out. */
    public DailyCommand(QuestionBank bank, DailyPort daily, ClaimPort claims) {
        this.claims = claims;
        this.daily = daily;
        this.team = new TeamPosts(bank, daily);
        this.trackArgs = new TrackArgs(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        return configure(context, args, Optional.empty());
    }

    /** Discord's slash options, read by name: the time (and zone) in one, the track and level in their own. */
    @Override
    public List<Reply> onOptions(CommandContext context, Map<String, String> options) {
        String time = options.getOrDefault("time", "")
                + (options.containsKey("role") ? " role:" + options.get("role") : "");
        if (!options.containsKey("track") && !options.containsKey("level")) {
            return onCommand(context, time);
        }
        return configure(context, time, Optional.of(trackArgs.parse(Optional.ofNullable(options.get("track")),
                Optional.ofNullable(options.get("level")))));
    }

    private List<Reply> configure(CommandContext context, String args, Optional<TrackArgs.Parsed> chosen) {
        String platform = context.request().platform();
        String chatId = context.request().chatId();
        String typed = args.strip();
        if (typed.isEmpty() && chosen.isEmpty()) {
            return List.of(status(context, daily.subscription(platform, chatId)));
        }
        String word = typed.toLowerCase(Locale.ROOT);
        if (word.startsWith("anonymous")) {
            return List.of(anonymous(context, word.substring("anonymous".length()).strip()));
        }
        if (!context.mayManage()) {
            return context.adminsOnly("the daily question", "/daily");
        }
        if (PAUSE.contains(word) || RESUME.contains(word)) {
            return List.of(pauseOrResume(context, PAUSE.contains(word)));
        }
        if (word.startsWith("digest")) {
            return List.of(digest(context, word.substring("digest".length()).strip()));
        }
        if (word.equals("reveal")) {
            // Now rather than at the set time or with the next post: the private answers and the model answer, once.
            List<Reply> reveal = team.revealOpen(platform, chatId, context.now(), true);
            return reveal.isEmpty() ? List.of(Reply.text("There are no team answers waiting to be revealed here."))
                    : reveal;
        }
        List<Optional<Optional<String>>> roles = Arrays.stream(typed.split("\\s+")).map(DailyCommand::role).toList();
        if (roles.stream().allMatch(Optional::isPresent)) {
            if (!context.inGroup()) {
                return List.of(Reply.text("A role to mention is for team chats on Discord; here the question is "
                        + "yours alone."));
            }
            // Only a role: the schedule stays as it is.
            Optional<String> role = roles.getLast().orElseThrow();
            daily.teamSettings(daily.teamSettings(platform, chatId).withMentionRole(role));
            return List.of(Reply.text(role.isPresent() ? "Done: each daily question here mentions the role you picked."
                    : "Done: the daily question mentions no role."));
        }
        if (word.startsWith("reveal ")) {
            return List.of(revealTime(context, word.substring("reveal ".length()).strip()));
        }
        if (OFF.contains(word)) {
            return List.of(Reply.text(daily.unsubscribe(platform, chatId)
                    ? "Done: no more daily questions here. /daily 09:00 starts them again."
                    : "This chat had no daily question. /daily 09:00 starts one."));
        }
        String[] words = typed.split("\\s+", 2);
        Optional<LocalTime> time = parseTime(words[0]);
        if (time.isEmpty() && words[0].matches("\\d.*")) {
            return List.of(Reply.send(RichText.builder()
                    .paragraph(new Bold(shorten(words[0])), new Plain(" is not a time of day I can read. Use 24-hour "
                            + "UTC time like "), new Code("/daily 09:00"), new Plain(" or "), new Code("/daily 17:30 sd"),
                            new Plain("."))
                    .build()));
        }
        String rest = time.isPresent() ? (words.length > 1 ? words[1] : "") : typed;
        ZoneId zone = ZoneOffset.UTC;
        String[] more = rest.strip().split("\\s+", 2);
        Optional<ZoneId> named = zone(more[0]);
        if (named.isPresent()) {
            zone = named.get();
            rest = more.length > 1 ? more[1] : "";
        } else if (more[0].contains("/")) {
            return List.of(Reply.send(RichText.builder()
                    .paragraph(new Bold(shorten(more[0])), new Plain(" is not a time zone I know. Use a name like "),
                            new Code("Europe/Berlin"), new Plain(", "), new Code("America/New_York"), new Plain(" or "),
                            new Code("UTC+2"), new Plain("."))
                    .build()));
        }
        // "weekdays" may stand anywhere among the rest; with neither word, a change keeps what the chat had.
        List<String> restWords = new java.util.ArrayList<>(List.of(rest.strip().split("\\s+")));
        restWords.removeIf(String::isEmpty);
        Optional<Boolean> weekdays = Optional.empty();
        for (java.util.Iterator<String> it = restWords.iterator(); it.hasNext(); ) {
            String w = it.next().toLowerCase(Locale.ROOT);
            if (WEEKDAYS.contains(w) || EVERY_DAY.contains(w)) {
                weekdays = Optional.of(WEEKDAYS.contains(w));
                it.remove();
            }
        }
        Optional<Optional<String>> role = Optional.empty();
        for (java.util.Iterator<String> it = restWords.iterator(); it.hasNext(); ) {
            String w = it.next();
            Optional<Optional<String>> picked = role(w);
            if (picked.isPresent()) {
                role = picked;
                it.remove();
            } else if (w.toLowerCase(Locale.ROOT).startsWith("role:")) {
                return List.of(Reply.text("Pick the role from the list that opens as you type @ after role:, so it "
                        + "reaches me as a mention (role:none mentions nobody)."));
            }
        }
        rest = String.join(" ", restWords);
        TrackArgs.Parsed parsed = chosen.isPresent() ? chosen.get() : trackArgs.parse(rest);
        Optional<Reply> problem = trackArgs.problem(parsed);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        DailySubscription subscription = new DailySubscription(platform, chatId, context.request().chatKind(),
                context.request().userId(), context.request().displayName(), time.orElse(DEFAULT_TIME), zone,
                parsed.track().map(Track::slug), parsed.level(), context.now(),
                weekdays.orElseGet(() -> daily.subscription(platform, chatId).map(DailySubscription::weekdays)
                        .orElse(false)), false);
        daily.subscribe(subscription);
        if (role.isPresent() && context.inGroup()) {
            daily.teamSettings(daily.teamSettings(platform, chatId).withMentionRole(role.get()));
        }
        Instant next = nextPost(subscription, context.now());
        return List.of(Reply.send(RichText.builder()
                .paragraph(new Plain("Done: "), new Bold(describe(subscription)), new Plain(". The next one comes "
                        + subscription.today(next) + " at " + subscription.at() + " " + zoneName(subscription.zone())
                        + ", in " + humanize(Duration.between(context.now(), next)) + "."))
                .text("Send /answer after thinking it over; /daily pause holds it, /daily off ends it.")
                .build()));
    }

    /** A group mention as Discord writes one into text ({@code <@&123>}), or {@code role:123}, or {@code role:none}. */
    private static final Pattern ROLE = Pattern.compile("(?:role:)?<@&(\\d{1,20})>|role:(\\d{1,20})");

    /** The role a word names: empty when it names none; an empty role for {@code role:none}. */
    static Optional<Optional<String>> role(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("role:") && OFF.contains(lower.substring("role:".length()))) {
            return Optional.of(Optional.empty());
        }
        Matcher m = ROLE.matcher(word);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(m.group(1) != null ? m.group(1) : java.util.Objects.requireNonNull(m.group(2))));
    }

    /**
     * {@code /daily reveal 17:00} reveals each day's answers at that time of day (in the daily question's zone);
     * {@code /daily reveal next} goes back to revealing them with the next day's post.
     */
    private Reply revealTime(CommandContext context, String args) {
        String platform = context.request().platform();
        String chatId = context.request().chatId();
        if (!context.inGroup()) {
            return Reply.text("Reveals are for team chats, where people answer the daily question privately.");
        }
        var settings = daily.teamSettings(platform, chatId);
        if (Set.of("next", "with next", "with the next post", "default", "off").contains(args)) {
            daily.teamSettings(settings.withRevealAt(Optional.empty()));
            return Reply.text("Done: the team's answers are revealed with the next day's question. /daily reveal "
                    + "17:00 sets a time of day instead.");
        }
        Optional<LocalTime> at = parseTime(args);
        if (at.isEmpty()) {
            return Reply.text("Say when, e.g. /daily reveal 17:00 (in this chat's daily time zone); /daily reveal "
                    + "next reveals with the next day's question, and /daily reveal alone reveals now.");
        }
        daily.teamSettings(settings.withRevealAt(at));
        String zone = daily.subscription(platform, chatId).map(s -> zoneName(s.zone())).orElse("UTC");
        return Reply.text("Done: each day at " + at.get() + " " + zone + " this chat sees the model answer and who "
                + "covered which points. /daily reveal next goes back to revealing with the next question.");
    }

    /** {@code /daily digest monday 09:00} sets the weekly digest (in the daily question's zone); {@code off} ends it. */
    private Reply digest(CommandContext context, String args) {
        String platform = context.request().platform();
        String chatId = context.request().chatId();
        if (!context.inGroup()) {
            return Reply.text("The weekly digest is for team chats: set it there with /daily digest monday 09:00.");
        }
        if (OFF.contains(args)) {
            daily.digest(platform, chatId, Optional.empty());
            return Reply.text("Done: no more weekly digests here.");
        }
        Matcher m = DIGEST.matcher(args);
        Optional<java.time.DayOfWeek> day = m.matches() ? Arrays.stream(java.time.DayOfWeek.values())
                .filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(m.group(1))).findFirst() : Optional.empty();
        if (day.isEmpty() || Integer.parseInt(m.group(2)) > 23 || Integer.parseInt(m.group(3)) > 59) {
            return Reply.text("Say the day and time, e.g. /daily digest monday 09:00 (in this chat's daily time "
                    + "zone), or /daily digest off.");
        }
        java.time.LocalTime at = java.time.LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        daily.digest(platform, chatId, Optional.of(new dev.mockingbird.core.storage.TeamDigest(platform, chatId,
                day.get(), at)));
        String zone = daily.subscription(platform, chatId).map(s -> zoneName(s.zone())).orElse("UTC");
        return Reply.text("Every " + day.get().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                + " at " + at + " " + zone + " this chat gets the week in review: who took part, the longest "
                + "streaks, the hardest questions and the tracks to practise. /daily digest off ends it.");
    }

    /** Each person's own choice, so anyone may make it: appear as "someone" in this chat's reveals, or not. */
    private Reply anonymous(CommandContext context, String choice) {
        if (!context.inGroup()) {
            return Reply.text("Reveals name people only in team chats; use /daily anonymous there.");
        }
        String platform = context.request().platform();
        String chatId = context.request().chatId();
        String user = context.request().userId();
        boolean hidden = switch (choice) {
            case "on", "yes" -> true;
            case "off", "no" -> false;
            default -> !daily.anonymous(platform, chatId).contains(user);
        };
        daily.anonymous(platform, chatId, user, hidden);
        return Reply.text(hidden ? "You will appear as \u201csomeone\u201d when this chat's answers are revealed. "
                + "/daily anonymous off shows your name again."
                : "Your name shows again when this chat's answers are revealed.");
    }

    private Reply pauseOrResume(CommandContext context, boolean pause) {
        Optional<DailySubscription> current = daily.subscription(context.request().platform(),
                context.request().chatId());
        if (current.isEmpty()) {
            return Reply.text("This chat has no daily question to " + (pause ? "pause" : "resume")
                    + ". /daily 09:00 starts one.");
        }
        if (current.get().paused() == pause) {
            return Reply.text(pause ? "The daily question is paused already. /daily resume starts it again."
                    : "The daily question is running already. /daily shows when the next one comes.");
        }
        DailySubscription changed = current.get().paused(pause, context.now());
        daily.subscribe(changed);
        if (pause) {
            return Reply.text("Paused: no daily questions until /daily resume, which keeps "
                    + describe(changed) + ".");
        }
        Instant next = nextPost(changed, context.now());
        return Reply.text("Resumed: " + describe(changed) + ". The next one comes in "
                + humanize(Duration.between(context.now(), next)) + ".");
    }

    private Reply status(CommandContext context, Optional<DailySubscription> subscription) {
        if (subscription.isEmpty()) {
            return Reply.send(RichText.builder()
                    .text("This chat gets no daily question yet.")
                    .paragraph(new Code("/daily 09:00 Europe/Berlin system-design"), new Plain(" posts a system "
                            + "design question every day at 09:00 Berlin time; the zone (default UTC), track and level "
                            + "are optional."))
                    .build());
        }
        if (subscription.get().paused()) {
            return Reply.send(RichText.builder()
                    .paragraph(new Plain("This chat's daily question is "), new Bold("paused"),
                            new Plain(": " + describe(subscription.get()) + "."))
                    .text("/daily resume starts it again; /daily off ends it.")
                    .build());
        }
        Instant next = nextPost(subscription.get(), context.now());
        var settings = daily.teamSettings(context.request().platform(), context.request().chatId());
        String team = !context.inGroup() ? ""
                : " Answers are revealed " + settings.revealAt().map(t -> "at " + t).orElse("with the next question")
                        + (settings.mentionRole().isPresent() ? "; each post mentions the team's role." : ".");
        return Reply.send(RichText.builder()
                .paragraph(new Plain("This chat gets "), new Bold(describe(subscription.get())),
                        new Plain("; the next in " + humanize(Duration.between(context.now(), next)) + "." + team))
                .text("/daily pause holds it, /daily off ends it; /daily <time> [zone] [weekdays] [track] [level] "
                        + "changes it.")
                .build());
    }

    private String describe(DailySubscription s) {
        String track = s.track().flatMap(trackArgs::bySlug).map(Track::name).orElse("your default track");
        String level = s.level().map(Level::slug).orElse("the subscriber's level");
        return "a daily question at " + s.at() + " " + zoneName(s.zone()) + (s.weekdays() ? " on weekdays" : "")
                + " from " + track + " (" + level + ")";
    }

    /**
     * When the next question goes out: today's time if it is still ahead (and after subscribing), else the next day
     * it posts on (tomorrow, or Monday for a weekdays-only chat on a Friday evening).
     */
    Instant nextPost(DailySubscription s, Instant now) {
        LocalDate today = s.today(now);
        Instant todays = s.dueOn(today);
        // Today's question may have gone out already (at the old time, before a change): then a later day.
        boolean postedToday = claims.claimed(ScheduledDailyPosts.claimKey(s, today));
        if (s.postsOn(today) && !todays.isBefore(now) && !s.since().isAfter(todays) && !postedToday) {
            return todays;
        }
        LocalDate day = today.plusDays(1);
        for (int i = 1; i < DAYS_AHEAD && !s.postsOn(day); i++) {
            day = day.plusDays(1);
        }
        return s.dueOn(day);
    }

    /** A time zone as people write it: an IANA name ({@code Europe/Berlin}), or UTC/GMT with an offset. */
    static Optional<ZoneId> zone(String word) {
        if (!word.contains("/") && !word.toUpperCase(Locale.ROOT).matches("(UTC|GMT)([+-]\\d{1,2}(:\\d{2})?)?")) {
            return Optional.empty();
        }
        try {
            String id = word.toUpperCase(Locale.ROOT).startsWith("UTC") || word.toUpperCase(Locale.ROOT)
                    .startsWith("GMT") ? word.toUpperCase(Locale.ROOT) : word;
            return Optional.of(ZoneId.of(id).normalized());
        } catch (java.time.DateTimeException e) {
            // Not a zone after all; the caller says so to the person.
            return Optional.empty();
        }
    }

    private static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    static Optional<LocalTime> parseTime(String word) {
        Matcher m = TIME.matcher(word.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        }
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    private static String humanize(Duration d) {
        long minutes = Math.max(1, (d.toSeconds() + 59) / 60);
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    private static String shorten(String typed) {
        return typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
    }
}
