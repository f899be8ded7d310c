package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.Services;
import dev.mockingbird.core.session.SessionState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Picks and asks a question from a pool; shared by /ask, /next and /skip. */
final class Asker {

    private final Services services;
    private final QuestionPicker picker;
    private final QuestionViews views;

    Asker(Services services) {
        this.services = services;
        this.picker = new QuestionPicker(services.storage().history(), services.random());
        this.views = new QuestionViews(services.bank());
    }

    QuestionViews views() {
        return views;
    }

    List<Reply> ask(CommandContext context, Optional<Track> track, Level level) {
        List<Question> pool = services.bank().pool(track, level);
        Optional<Question> picked = picker.pick(context.session(), pool);
        if (picked.isEmpty()) {
            return List.of(emptyPool(track, level));
        }
        Question q = picked.get();
        services.storage().history().recordAsked(context.session(), q.id(), context.now());
        context.state(new SessionState.Asking(q.id(), track.map(Track::slug), level, false, context.now(),
                context.now()));
        return List.of(Reply.send(views.question(q, context.inGroup(), true), QuestionViews.questionButtons(q,
                context.inGroup())));
    }

    /** Asks this very question (a review), as if picked from its own track and level. */
    List<Reply> askQuestion(CommandContext context, Question q, RichText before) {
        services.storage().history().recordAsked(context.session(), q.id(), context.now());
        context.state(new SessionState.Asking(q.id(), Optional.of(q.track()), q.level(), false, context.now(),
                context.now()));
        RichText text = RichText.builder().append(before).append(views.question(q, context.inGroup(), true)).build();
        return List.of(Reply.send(text, QuestionViews.questionButtons(q, context.inGroup())));
    }

    private Reply emptyPool(Optional<Track> track, Level level) {
        List<Level> available = Arrays.stream(Level.values())
                .filter(l -> !services.bank().pool(track, l).isEmpty()).toList();
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
