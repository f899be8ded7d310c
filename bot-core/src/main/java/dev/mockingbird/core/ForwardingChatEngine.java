package dev.mockingbird.core;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.Completion;
import dev.mockingbird.core.command.OptionSpec;
import java.util.List;
import java.util.Objects;

/**
 * An engine that hands everything to another, for decorators (metrics, rate limits) that change one or two calls and
 * must pass the rest through unchanged, including calls added to {@link ChatEngine} later.
 */
public abstract class ForwardingChatEngine implements ChatEngine {

    private final ChatEngine delegate;

    /** Forwards to {@code delegate}. */
    protected ForwardingChatEngine(ChatEngine delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The engine behind this one. */
    protected final ChatEngine delegate() {
        return delegate;
    }

    @Override
    public List<Reply> handle(ChatRequest request) {
        return delegate.handle(request);
    }

    @Override
    public void delivered(ChatRequest request) {
        delegate.delivered(request);
    }

    @Override
    public int postDue(List<OutboundPort> outbound) {
        return delegate.postDue(outbound);
    }

    @Override
    public List<CommandSpec> commands() {
        return delegate.commands();
    }

    @Override
    public QuestionBank bank() {
        return delegate.bank();
    }

    @Override
    public List<Completion> complete(OptionSpec.Kind kind, String typed, int limit) {
        return delegate.complete(kind, typed, limit);
    }

    @Override
    public void gone(String platform, String chatId, String reason) {
        delegate.gone(platform, chatId, reason);
    }

    @Override
    public void apiFailed(String platform, String outcome) {
        delegate.apiFailed(platform, outcome);
    }
}
