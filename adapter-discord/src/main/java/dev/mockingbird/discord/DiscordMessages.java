package dev.mockingbird.discord;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.RichText;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Engine replies as Discord messages: an embed per message (a short bold first line becomes its title), buttons
 * under the last one, text beyond an embed's limit split between blocks into further messages. Nothing pings but
 * the roles the engine mentions on purpose ({@link RichText.Mention}).
 */
final class DiscordMessages {

    /** Discord allows 4,096 characters in an embed description; a margin keeps escapes from tipping it over. */
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_TITLE = 256;
    /** Discord's limit on a message's text; an escaped character takes at most two. */
    static final int MAX_CONTENT = 2_000;
    private static final int MAX_NOTE = MAX_CONTENT / 2 - 1;
    private static final Color COLOR = new Color(0x3B82F6);

    private DiscordMessages() {
    }

    /** One or more messages, buttons on the last. */
    static List<MessageCreateData> create(RichText text, List<Button> buttons) {
        // An embed never pings, so the roles a message mentions go in its content, and only they may be pinged.
        List<String> roles = text.mentions().stream().filter(id -> id.matches("\\d{1,20}")).toList();
        List<MessageEmbed> embeds = embeds(text.withoutMentions());
        List<MessageCreateData> out = new ArrayList<>();
        for (int i = 0; i < embeds.size(); i++) {
            MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embeds.get(i))
                    .setAllowedMentions(List.of());
            if (i == 0 && !roles.isEmpty()) {
                message.setContent(String.join(" ", roles.stream().map(id -> "<@&" + id + ">").toList()))
                        .mentionRoles(roles);
            }
            if (i == embeds.size() - 1 && !buttons.isEmpty()) {
                message.setComponents(ActionRow.partitionOf(components(buttons)));
            }
            out.add(message.build());
        }
        return out;
    }

    /**
     * The edit for the message whose button was pressed: its first part. When the text needs more parts, they follow
     * up ({@link #create}'s later parts) and carry the buttons, so the edit has none.
     */
    static MessageEditData edit(RichText text, List<Button> buttons) {
        List<MessageEmbed> embeds = embeds(text);
        boolean single = embeds.size() == 1;
        return new MessageEditBuilder().setEmbeds(embeds.getFirst())
                .setComponents(buttons.isEmpty() || !single ? List.of() : ActionRow.partitionOf(components(buttons)))
                .setAllowedMentions(List.of()).build();
    }

    /** A short plain note (a notice, an error); an over-long one is cut rather than refused by Discord. */
    static MessageCreateData note(String text) {
        String shown = text.length() <= MAX_NOTE ? text : text.substring(0, cut(text, MAX_NOTE, false)) + "…";
        String content = DiscordMarkdown.escape(shown);
        // JDA trims content (control characters too) and refuses what is left empty; such a note says nothing anyway.
        return new MessageCreateBuilder().setContent(content.isBlank() || content.trim().isEmpty() ? "…" : content)
                .setAllowedMentions(List.of()).build();
    }

    /** Discord's limits: a button's label, its custom id, and the buttons of one message (five rows of five). */
    static final int MAX_LABEL = 80;
    static final int MAX_CUSTOM_ID = 100;
    static final int MAX_BUTTONS = 25;

    /**
     * The buttons as Discord takes them: JDA refuses a blank or over-long label and Discord a message with two buttons of
     * one id or more than 25, so labels are tidied, a repeated id keeps its first button, and the rest past 25 are left
     * off (the commands they stand for still work when typed).
     */
    static List<net.dv8tion.jda.api.components.buttons.Button> components(List<Button> buttons) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<net.dv8tion.jda.api.components.buttons.Button> out = new ArrayList<>();
        for (Button b : buttons) {
            if (out.size() == MAX_BUTTONS || b.data().isEmpty() || b.data().length() > MAX_CUSTOM_ID
                    || !ids.add(b.data())) {
                continue;
            }
            String label = b.label().strip().replaceAll("\\s+", " ");
            label = label.isEmpty() ? "…" : label.length() <= MAX_LABEL ? label
                    : label.substring(0, cut(label, MAX_LABEL - 1, false)) + "…";
            // The answer box and Show answer are what a question is for, so they stand out.
            out.add(b.kind() != Button.Kind.PRESS || b.label().equals("Show answer")
                    ? net.dv8tion.jda.api.components.buttons.Button.primary(b.data(), label)
                    : net.dv8tion.jda.api.components.buttons.Button.secondary(b.data(), label));
        }
        return out;
    }

    static List<MessageEmbed> embeds(RichText text) {
        List<String> blocks = new ArrayList<>(DiscordMarkdown.blocks(text));
        String title = "";
        if (!text.blocks().isEmpty() && text.blocks().getFirst() instanceof RichText.Paragraph first
                && !first.spans().isEmpty() && first.spans().getFirst() instanceof RichText.Bold) {
            // Titles render markdown too, so the pack's text is escaped there as everywhere else.
            String plain = DiscordMarkdown.escape(RichText.spansText(first.spans()));
            if (plain.length() <= MAX_TITLE && !plain.contains("\n") && !plain.isBlank()) {
                title = plain;
                blocks.removeFirst();
            }
        }
        List<String> parts = split(blocks);
        List<MessageEmbed> embeds = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            // JDA refuses an embed with nothing in it; whitespace and control characters alone count as nothing.
            String part = parts.get(i);
            String description = part.isBlank() || part.trim().isEmpty() ? DiscordMarkdown.ZWSP : part;
            EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setDescription(description);
            if (i == 0 && !title.isEmpty()) {
                embed.setTitle(title);
            }
            embeds.add(embed.build());
        }
        return embeds;
    }

    /** Joins blocks into parts under the limit, splitting between blocks, then lines, then characters. */
    static List<String> split(List<String> blocks) {
        List<String> pieces = new ArrayList<>();
        for (String block : blocks) {
            if (block.length() <= MAX_DESCRIPTION) {
                pieces.add(block);
            } else {
                pieces.addAll(splitLong(block));
            }
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (current.length() > 0 && current.length() + 2 + piece.length() > MAX_DESCRIPTION) {
                parts.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append("\n\n");
            }
            current.append(piece);
        }
        if (current.length() > 0 || parts.isEmpty()) {
            parts.add(current.length() > 0 ? current.toString() : "\u200B");
        }
        return parts;
    }

    /**
     * One block over the limit, split between lines, else at a space, else anywhere safe. A spoiler or a code fence
     * around it is closed and reopened around every piece, so no piece shows hidden text or breaks out of code.
     */
    private static List<String> splitLong(String block) {
        boolean spoiler = block.length() >= 4 && block.startsWith("||") && block.endsWith("||");
        String inner = spoiler ? block.substring(2, block.length() - 2) : block;
        boolean code = inner.startsWith("```") && inner.endsWith("```") && inner.indexOf('\n') > 0;
        String fence = code ? inner.substring(0, inner.indexOf('\n') + 1) : "";
        String body = code ? inner.substring(fence.length(), inner.length() - 3) : inner;
        Wrapper wrapper = new Wrapper(spoiler, fence);
        int room = MAX_DESCRIPTION - wrapper.overhead();
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            while (line.length() > room) {
                wrapper.flush(out, current);
                int cut = cut(line, room, !code);
                out.add(wrapper.wrap(line.substring(0, cut)));
                line = line.substring(cut);
            }
            if (current.length() + line.length() + 1 > room) {
                wrapper.flush(out, current);
            }
            current.append(line).append('\n');
        }
        wrapper.flush(out, current);
        return out;
    }

    /**
     * Where to cut a line to at most {@code room} characters: at the last space in its second half if there is one,
     * never between a backslash and the character it escapes (the escape would be lost) nor inside a surrogate pair.
     */
    static int cut(String line, int room, boolean escaped) {
        int cut = room;
        int space = line.lastIndexOf(' ', room - 1);
        if (space >= room / 2) {
            cut = space + 1;
        }
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        if (escaped) {
            int slashes = 0;
            while (cut - 1 - slashes >= 0 && line.charAt(cut - 1 - slashes) == '\\') {
                slashes++;
            }
            if (slashes % 2 == 1) {
                cut--;
            }
            // Not inside inline code: what it holds would be read as markup in the piece it ends up in.
            int openCode = -1;
            for (int i = 0; i < cut; i++) {
                char c = line.charAt(i);
                if (c == '\\' && openCode < 0) {
                    i++;
                } else if (c == '`') {
                    openCode = openCode < 0 ? i : -1;
                }
            }
            if (openCode > 0) {
                cut = openCode;
            }
        }
        return cut;
    }

    /** The spoiler markers and code fence a piece of a split block is wrapped in again. */
    private record Wrapper(boolean spoiler, String fence) {

        int overhead() {
            return (spoiler ? 4 : 0) + (fence.isEmpty() ? 0 : fence.length() + 4);
        }

        String wrap(String text) {
            String coded = fence.isEmpty() ? text : fence + text + "\n```";
            return spoiler ? "||" + coded + "||" : coded;
        }

        void flush(List<String> out, StringBuilder current) {
            String text = current.toString().stripTrailing();
            if (!text.isEmpty()) {
                out.add(wrap(text));
            }
            current.setLength(0);
        }
    }
}
