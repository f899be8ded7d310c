package dev.mockingbird.discord;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Audience;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slash commands, buttons and autocomplete, translated for the engine. Every interaction is answered within
 * Discord's three seconds: directly when the engine is quick (the usual case), otherwise deferred first and then
 * completed through the interaction hook.
 */
final class InteractionListener extends ListenerAdapter {

    static final String PLATFORM = "discord";
    private static final Logger LOG = LoggerFactory.getLogger(InteractionListener.class);
    private static final String MISSING_PERMISSIONS = "I am missing a permission in this channel, so part of my "
            + "answer could not be posted. Ask a server admin to let me send messages and embeds here.";

    private final ChatEngine engine;
    private final ExecutorService workers;
    private final Duration ackBudget;

    InteractionListener(ChatEngine engine, ExecutorService workers, Duration ackBudget) {
        this.engine = engine;
        this.workers = workers;
        this.ackBudget = ackBudget;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        // Options in the order the command declares them, so "/ask track:sd level:senior" reads "/ask sd senior".
        String args = event.getOptions().stream().map(OptionMapping::getAsString).collect(Collectors.joining(" "));
        String text = "/" + event.getName() + (args.isBlank() ? "" : " " + args);
        ChatRequest request = request(event, new dev.mockingbird.core.chat.Input.Text(text));
        CompletableFuture<List<Reply>> work = CompletableFuture.supplyAsync(() -> engine.handle(request), workers);
        List<Reply> replies = awaitBriefly(work);
        if (replies != null) {
            replyToCommand(event, replies);
        } else {
            event.deferReply().queue(hook -> work.thenAccept(r -> followUp(hook, event, r, true)),
                    failure -> logFailure(event, failure));
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        ChatRequest request = request(event, new dev.mockingbird.core.chat.Input.Press(event.getComponentId()));
        CompletableFuture<List<Reply>> work = CompletableFuture.supplyAsync(() -> engine.handle(request), workers);
        List<Reply> replies = awaitBriefly(work);
        if (replies != null) {
            replyToButton(event, replies);
        } else {
            event.deferEdit().queue(hook -> work.thenAccept(r -> followUp(hook, event, r, false)),
                    failure -> logFailure(event, failure));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        List<Command.Choice> choices = engine.bank().tracks().stream()
                .filter(t -> matches(t, typed))
                .limit(25)
                .map(t -> new Command.Choice(t.name(), t.slug()))
                .toList();
        event.replyChoices(choices).queue(ok -> { }, failure -> logFailure(event, failure));
    }

    private static boolean matches(Track track, String typed) {
        return typed.isBlank() || track.slug().contains(typed) || track.name().toLowerCase(Locale.ROOT).contains(typed)
                || track.description().toLowerCase(Locale.ROOT).contains(typed);
    }

    private static ChatRequest request(Interaction event, dev.mockingbird.core.chat.Input input) {
        ChatKind kind = event.isFromGuild() ? ChatKind.GROUP : ChatKind.PRIVATE;
        Member member = event.getMember();
        String name = member != null ? member.getEffectiveName() : event.getUser().getEffectiveName();
        return new ChatRequest(PLATFORM, event.getChannelId() == null ? event.getUser().getId()
                : event.getChannelId(), kind, event.getUser().getId(), name, input).withUpdateId(event.getId());
    }

    /** The engine's replies if they arrive within the budget; null otherwise (the caller defers). */
    private List<Reply> awaitBriefly(CompletableFuture<List<Reply>> work) {
        try {
            return work.get(ackBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.debug("Engine slower than {} ms; deferring the interaction", ackBudget.toMillis());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // The engine turns its own failures into replies; reaching here means a bug, so say so and log it.
            LOG.error("Engine failed on a Discord interaction", e.getCause());
            return List.of(new Reply.Notice("Sorry, something went wrong on my side. Please try again."));
        }
    }

    /** A slash command must get exactly one response; further replies follow up. */
    private void replyToCommand(SlashCommandInteractionEvent event, List<Reply> replies) {
        List<Outgoing> messages = outgoing(replies, event.isFromGuild(), true);
        if (messages.isEmpty()) {
            messages = List.of(new Outgoing(DiscordMessages.note("Done."), true));
        }
        Outgoing first = messages.getFirst();
        List<Outgoing> rest = messages.subList(1, messages.size());
        event.reply(first.message()).setEphemeral(first.ephemeral())
                .queue(hook -> sendAll(hook, event, rest), failure -> logFailure(event, failure));
    }

    /** A button press edits its message, or replies (ephemerally when only the presser should see it). */
    private void replyToButton(ButtonInteractionEvent event, List<Reply> replies) {
        if (!replies.isEmpty() && replies.getFirst() instanceof Reply.Edit edit) {
            List<Outgoing> rest = outgoing(replies.subList(1, replies.size()), event.isFromGuild(), false);
            List<MessageCreateData> overflow = DiscordMessages.create(edit.text(), edit.buttons());
            List<Outgoing> all = new ArrayList<>();
            overflow.subList(1, overflow.size()).forEach(m -> all.add(new Outgoing(m, false)));
            all.addAll(rest);
            event.editMessage(DiscordMessages.edit(edit.text(), edit.buttons()))
                    .queue(hook -> sendAll(hook, event, all), failure -> logFailure(event, failure));
            return;
        }
        List<Outgoing> messages = outgoing(replies, event.isFromGuild(), false);
        if (messages.isEmpty()) {
            event.deferEdit().queue(ok -> { }, failure -> logFailure(event, failure));
            return;
        }
        Outgoing first = messages.getFirst();
        event.reply(first.message()).setEphemeral(first.ephemeral())
                .queue(hook -> sendAll(hook, event, messages.subList(1, messages.size())),
                        failure -> logFailure(event, failure));
    }

    /** After a deferral: edits go to the original message, everything else follows up. */
    private void followUp(InteractionHook hook, Interaction event, List<Reply> replies, boolean command) {
        List<Outgoing> messages = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Edit edit && !command) {
                hook.editOriginal(DiscordMessages.edit(edit.text(), edit.buttons()))
                        .queue(ok -> { }, failure -> logFailure(event, failure));
            } else {
                messages.addAll(outgoing(List.of(reply), event.isFromGuild(), command));
            }
        }
        if (messages.isEmpty() && command) {
            messages.add(new Outgoing(DiscordMessages.note("Done."), false));
        }
        sendAll(hook, event, messages);
    }

    private void sendAll(InteractionHook hook, Interaction event, List<Outgoing> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Outgoing next = messages.getFirst();
        hook.sendMessage(next.message()).setEphemeral(next.ephemeral())
                .queue(ok -> sendAll(hook, event, messages.subList(1, messages.size())),
                        failure -> logFailure(event, failure));
    }

    /** A message to post and whether only the person who acted sees it. */
    record Outgoing(MessageCreateData message, boolean ephemeral) {
    }

    static List<Outgoing> outgoing(List<Reply> replies, boolean inGuild, boolean command) {
        List<Outgoing> out = new ArrayList<>();
        for (Reply reply : replies) {
            switch (reply) {
                case Reply.Send send -> {
                    boolean ephemeral = inGuild && send.audience() == Audience.REQUESTER;
                    DiscordMessages.create(send.text(), send.buttons())
                            .forEach(m -> out.add(new Outgoing(m, ephemeral)));
                }
                // Only a button's own message can be edited; elsewhere an edit is shown as a new message.
                case Reply.Edit edit -> DiscordMessages.create(edit.text(), edit.buttons())
                        .forEach(m -> out.add(new Outgoing(m, false)));
                case Reply.Notice notice -> out.add(new Outgoing(DiscordMessages.note(notice.text()), true));
            }
        }
        return out;
    }

    private void logFailure(Interaction event, Throwable failure) {
        String where = (event.isFromGuild() && event.getGuild() != null ? "guild " + event.getGuild().getId() : "DM")
                + ", channel " + event.getChannelId();
        boolean missingPermission = failure instanceof InsufficientPermissionException
                || (failure instanceof ErrorResponseException e
                && (e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                || e.getErrorResponse() == ErrorResponse.MISSING_ACCESS));
        LOG.warn("Discord send failed in {}: {}", where, failure.getMessage());
        if (missingPermission && event instanceof net.dv8tion.jda.api.interactions.callbacks.IDeferrableCallback d) {
            d.getHook().sendMessage(DiscordMessages.note(MISSING_PERMISSIONS)).setEphemeral(true)
                    .queue(ok -> { }, again -> LOG.warn("Could not tell the person in {} about missing permissions: {}",
                            where, again.getMessage()));
        }
    }
}
