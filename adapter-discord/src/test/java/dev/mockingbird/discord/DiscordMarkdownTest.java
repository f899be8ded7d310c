package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

    /** Undoes the escaping a Discord client applies when it renders text. */
    private static String asShown(String markdown) {
        return markdown.replaceAll("\\\\(.)", "$1").replace(DiscordMarkdown.ZWSP, "");
    }

    @Property
    void anyTextIsShownLiterallyWithNoMentionOrFormatting(@ForAll String text) {
        String escaped = DiscordMarkdown.escape(text);
        assertEquals(text.replace(DiscordMarkdown.ZWSP, ""), asShown(escaped));
        assertFalse(escaped.contains("@everyone") || escaped.contains("@here") || escaped.contains("<@")
                || escaped.contains("<#"), escaped);
        // every markdown character is escaped: none stands alone to open formatting
        String withoutEscapes = escaped.replaceAll("\\\\.", "");
        assertFalse(withoutEscapes.matches("(?s).*[*_`~|>\\[\\]].*"), escaped);
    }

    @Property
    void codeNeverBreaksOutOfItsBlock(@ForAll String code) {
        String rendered = DiscordMarkdown.blocks(new RichText(List.of(new RichText.CodeBlock("js", code))))
                .getFirst();
        String inside = rendered.substring("```js\n".length(), rendered.length() - "\n```".length());
        assertFalse(inside.contains("```"), rendered);
        assertFalse(inside.contains("@everyone") || inside.contains("<@"), rendered);
    }

    @Test
    void rendersTheNeutralMarkup() {
        RichText text = RichText.builder()
                .paragraph(new Bold("Model answer · "), new Plain("Why use *indexes*?"))
                .bullets(List.of("first", "@everyone ping"))
                .block(new RichText.Hidden(RichText.markdown("Secret **answer**").blocks()))
                .build();
        assertEquals(List.of("**Model answer · **Why use \\*indexes\\*?",
                "\\- first".replace("\\- first", "- first") + "\n- @" + DiscordMarkdown.ZWSP + "everyone ping",
                "||Secret **answer**||"), DiscordMarkdown.blocks(text));
    }

    @Test
    void questionsBecomeEmbedsTitledWithTrackAndLevelWithButtonsUnderneath() {
        RichText question = RichText.builder().paragraph(new Bold("System Design"), new Plain(" · mid"))
                .text("Design a URL shortener.").build();
        List<MessageCreateData> messages = DiscordMessages.create(question,
                List.of(new Button("Show answer", "1:answer:abc", "/answer"), new Button("Next", "1:next", "/next")));
        assertEquals(1, messages.size());
        MessageEmbed embed = messages.getFirst().getEmbeds().getFirst();
        assertEquals("System Design · mid", embed.getTitle());
        assertEquals("Design a URL shortener.", embed.getDescription());
        assertEquals(List.of("1:answer:abc", "1:next"), messages.getFirst().getComponents().stream()
                .flatMap(c -> c.asActionRow().getButtons().stream()).map(b -> b.getCustomId()).toList());
        assertTrue(messages.getFirst().getAllowedMentions().isEmpty(), "nobody is ever pinged");
    }

    @Test
    void longTextIsSplitIntoMessagesUnderTheEmbedLimit() {
        RichText.Builder text = RichText.builder();
        for (int i = 0; i < 60; i++) {
            text.text("Paragraph " + i + " " + "word ".repeat(40));
        }
        text.block(new RichText.CodeBlock("", "line of code\n".repeat(800)));
        List<MessageCreateData> messages = DiscordMessages.create(text.build(),
                List.of(new Button("Next", "1:next", "/next")));
        assertTrue(messages.size() > 2);
        for (MessageCreateData m : messages) {
            String description = m.getEmbeds().getFirst().getDescription();
            assertTrue(description.length() <= 4096, "embed over the limit: " + description.length());
            assertEquals(0, (description.split("```", -1).length - 1) % 2, "code fences stay balanced");
        }
        assertTrue(messages.getLast().getComponents().size() == 1 && messages.getFirst().getComponents().isEmpty());
    }
}
