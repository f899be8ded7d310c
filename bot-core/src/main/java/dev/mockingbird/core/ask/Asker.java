package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.Profile;
import dev.mockingbird.core.storage.ProfilePort;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Picks and asks a question from a pool, over the bank, the history, the profiles and the sessions. */
final class Asker implements AskUseCase {

    private final QuestionBank bank;
    private final HistoryPort history;
    private final ProfilePort profiles;
    private final Sessions sessions;
    private final Clock clock;
    private final QuestionPicker picker;
    private final QuestionViews views;

    Asker(QuestionBank bank, HistoryPort history, ProfilePort profiles, Sessions sessions, Clock clock,
          RandomGenerator random) {
        this.bank = bank;
        this.history = history;
        this.profiles = profiles;
        this.sessions = sessions;
        this.clock = clock;
        this.picker = new QuestionPicker(history, random);
        this.views = new QuestionViews(bank);
    }

    @Override
    public Asked ask(SessionKey session, boolean inGroup, Optional<Track> track, Level level) {
        List<Question> pool = bank.pool(track, level);
        Optional<Question> picked = picker.pick(session, pool);
        if (picked.isEmpty()) {
            return new Asked(Optional.empty(), List.of(emptyPool(track, level)));
        }
        return put(session, inGroup, picked.get(), track.map(Track::slug), level, new RichText(List.of()));
    }

    @Override
    public Asked askWithDefaults(SessionKey session, SessionKey person, boolean inGroup, Optional<Track> track,
                                 Optional<Level> level) {
        Optional<Profile> profile = profiles.find(person);
        Optional<Track> named = track.isPresent() ? track
                : profile.flatMap(Profile::track).flatMap(slug -> bank.tracks().stream()
                        .filter(t -> t.slug().equals(slug)).findFirst());
        return ask(session, inGroup, named, level.orElse(profile.map(Profile::level).orElse(Profile.DEFAULT_LEVEL)));
    }

    @Override
    public Asked askQuestion(SessionKey session, boolean inGroup, Question q, RichText before) {
        // As if picked from its own track and level, so /next goes on from there.
        return put(session, inGroup, q, Optional.of(q.track()), q.level(), before);
    }

    private Asked put(SessionKey session, boolean inGroup, Question q, Optional<String> track, Level level,
                      RichText before) {
        Instant now = clock.instant();
        history.recordAsked(session, q.id(), now);
        sessions.put(session, new SessionState.Asking(q.id(), track, level, false, now, now));
        RichText text = RichText.builder().append(before).append(views.question(q, inGroup, true)).build();
        return new Asked(Optional.of(q), List.of(Reply.send(text, QuestionViews.questionButtons(q, inGroup))));
    }

    private Reply emptyPool(Optional<Track> track, Level level) {
        List<Level> available = Arrays.stream(Level.values())
                .filter(l -> !bank.pool(track, l).isEmpty()).toList();
        String where = track.map(t -> t.name() + " has").orElse("The bank has");
        RichText text = RichText.builder()
                .paragraph(new Plain(where + " no "), new Bold(level.slug()), new Plain(" questions yet."))
                .text(available.isEmpty() ? "Try /tracks to see what there is." : "Pick another level:")
                .build();
        List<Button> buttons = available.stream().map(l -> new Button(l.slug(),
                ButtonData.of("ask", track.map(Track::slug).orElse("-"), l.slug()).encode(),
                "/ask " + track.map(Track::slug).map(s -> s + " ").orElse("") + l.slug())).toList();
        return Reply.send(text, buttons);
    }
}
