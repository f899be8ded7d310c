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
 * under the last one, text beyond an embed's limit split between blocks into further messages. Mentions are never
 * allowed to ping.
 */
final class DiscordMessages {

    /** Discord allows 4,096 characters in an embed description; a margin keeps escapes from tipping it over. */
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_TITLE = 256;
    private static final Color COLOR = new Color(0x3B82F6);

    private DiscordMessages() {
    }

    /** One or more messages, buttons on the last. */
    static List<MessageCreateData> create(RichText text, List<Button> buttons) {
        List<MessageEmbed> embeds = embeds(text);
        List<MessageCreateData> out = new ArrayList<>();
        for (int i = 0; i < embeds.size(); i++) {
            MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embeds.get(i))
                    .setAllowedMentions(List.of());
            if (i == embeds.size() - 1 && !buttons.isEmpty()) {
                message.setComponents(ActionRow.partitionOf(components(buttons)));
            }
            out.add(message.build());
        }
        return out;
    }

    /** The edit for the message whose button was pressed: its first part (the rest follows up). */
    static MessageEditData edit(RichText text, List<Button> buttons) {
        List<MessageEmbed> embeds = embeds(text);
        return new MessageEditBuilder().setEmbeds(embeds.getFirst())
                .setComponents(buttons.isEmpty() ? List.of() : ActionRow.partitionOf(components(buttons)))
                .setAllowedMentions(List.of()).build();
    }

    /** A short plain note (a notice, an error). */
    static MessageCreateData note(String text) {
        return new MessageCreateBuilder().setContent(DiscordMarkdown.escape(text)).setAllowedMentions(List.of())
                .build();
    }

    static List<net.dv8tion.jda.api.components.buttons.Button> components(List<Button> buttons) {
        return buttons.stream().map(b -> b.label().equals("Show answer")
                ? net.dv8tion.jda.api.components.buttons.Button.primary(b.data(), b.label())
                : net.dv8tion.jda.api.components.buttons.Button.secondary(b.data(), b.label())).toList();
    }

    static List<MessageEmbed> embeds(RichText text) {
        List<String> blocks = new ArrayList<>(DiscordMarkdown.blocks(text));
        String title = "";
        if (!text.blocks().isEmpty() && text.blocks().getFirst() instanceof RichText.Paragraph first
                && !first.spans().isEmpty() && first.spans().getFirst() instanceof RichText.Bold) {
            String plain = RichText.spansText(first.spans());
            if (plain.length() <= MAX_TITLE && !plain.contains("\n")) {
                title = plain;
                blocks.removeFirst();
            }
        }
        List<String> parts = split(blocks);
        List<MessageEmbed> embeds = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            EmbedBuilder embed = new EmbedBuilder().setColor(COLOR).setDescription(parts.get(i));
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

    private static List<String> splitLong(String block) {
        boolean code = block.startsWith("```");
        String fence = code ? block.substring(0, block.indexOf('\n') + 1) : "";
        String body = code ? block.substring(fence.length(), block.length() - 3) : block;
        int room = MAX_DESCRIPTION - (code ? fence.length() + 4 : 0);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            while (line.length() > room) {
                flush(out, current, fence, code);
                out.add(wrap(line.substring(0, room), fence, code));
                line = line.substring(room);
            }
            if (current.length() + line.length() + 1 > room) {
                flush(out, current, fence, code);
            }
            current.append(line).append('\n');
        }
        flush(out, current, fence, code);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current, String fence, boolean code) {
        if (current.length() > 0) {
            out.add(wrap(current.toString().stripTrailing(), fence, code));
            current.setLength(0);
        }
    }

    private static String wrap(String text, String fence, boolean code) {
        return code ? fence + text + "\n```" : text;
    }
}
