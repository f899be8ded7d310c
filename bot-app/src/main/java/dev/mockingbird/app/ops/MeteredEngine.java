package dev.mockingbird.app.ops;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.ForwardingChatEngine;
import dev.mockingbird.core.UpdateInProgress;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Completion;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine, counted: every request by command and outcome ({@code mockingbird_commands_total}), how long its reply
 * took ({@code mockingbird_reply_seconds}, a histogram), and scheduled posts ({@code mockingbird_posts_total}).
 */
public final class MeteredEngine extends ForwardingChatEngine {

    private static final Pattern COMMAND = Pattern.compile("^/([a-z]+)");

    private final MeterRegistry registry;
    private final Set<String> known;

    /** Counts what {@code engine} does into {@code registry}. */
    public MeteredEngine(ChatEngine engine, MeterRegistry registry) {
        super(engine);
        this.registry = registry;
        // Only the engine's own command names become label values: typed text must not grow the label set.
        this.known = Set.copyOf(engine.commands().stream().map(CommandSpec::name).toList());
    }

    @Override
    public List<Reply> handle(ChatRequest request) {
        String command = command(request);
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            List<Reply> replies = delegate().handle(request);
            outcome = replies.isEmpty() ? "silent" : "replied";
            return replies;
        } catch (UpdateInProgress e) {
            outcome = "elsewhere";
            throw e;
        } finally {
            sample.stop(Timer.builder("mockingbird.reply").description("Time from a request to its replies")
                    .tag("command", command).publishPercentileHistogram().register(registry));
            registry.counter("mockingbird.commands", "command", command, "outcome", outcome).increment();
        }
    }

    private String command(ChatRequest request) {
        String name = switch (request.input()) {
            case Input.Text text -> {
                var m = COMMAND.matcher(text.text().strip().toLowerCase(Locale.ROOT));
                yield m.find() ? m.group(1) : "text";
            }
            case Input.Invocation invocation -> invocation.command().toLowerCase(Locale.ROOT);
            case Input.Press press -> {
                String[] parts = press.data().split(":");
                yield parts.length > 1 ? parts[1] : "button";
            }
        };
        return known.contains(name) || name.equals("text") || name.equals("button") ? name : "other";
    }

    @Override
    public int postDue(List<OutboundPort> outbound) {
        int posted = delegate().postDue(outbound);
        registry.counter("mockingbird.posts").increment(posted);
        return posted;
    }

    @Override
    public void gone(String platform, String chatId, String reason) {
        registry.counter("mockingbird.chats.gone", "platform", platform).increment();
        delegate().gone(platform, chatId, reason);
    }

    @Override
    public void apiFailed(String platform, String outcome) {
        registry.counter("mockingbird.platform.errors", "platform", platform, "outcome", outcome).increment();
        delegate().apiFailed(platform, outcome);
    }
}
