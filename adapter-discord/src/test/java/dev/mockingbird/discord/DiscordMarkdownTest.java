package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Block;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The engine's markup as Discord markdown. Properties: any text an engine or a question pack can produce renders with
 * nothing pinging, nothing formatting that was not meant to, nothing over Discord's limits, and no split opening a
 * spoiler or a code block.
 */
class DiscordMarkdownTest {

    private static final Pattern MENTION = Pattern.compile("@everyone|@here|<@|<#|<:|</|<a:");
    private static final Pattern ESCAPED = Pattern.compile("\\\\.");

    @Property
    void escapedTextIsShownLiterallyWithNoMentionOrFormatting(@ForAll("hostile") String text) {
        String escaped = DiscordMarkdown.escape(text);
        assertEquals(text.replace(DiscordMarkdown.ZWSP, ""), shown(escaped));
        assertFalse(MENTION.matcher(escaped).find(), escaped);
        String bare = ESCAPED.matcher(escaped).replaceAll("");
        // no markdown character stands unescaped, and no line starts a list, a heading or a quote
        assertFalse(bare.matches("(?s).*[*_`~|>#\\[\\]()\\-:].*"), escaped);
        assertFalse(Pattern.compile("(?m)^\\s*(\\d+\\.|\\+)").matcher(escaped).find(), escaped);
    }

    @Property
    void codeBlocksNeverCloseEarly(@ForAll("hostile") String code) {
        String rendered = DiscordMarkdown.blocks(new RichText(List.of(new RichText.CodeBlock("js", code))))
                .getFirst();
        String inside = rendered.substring("```js\n".length(), rendered.length() - "\n```".length());
        assertFalse(inside.contains("```"), rendered);
        assertFalse(MENTION.matcher(inside).find(), rendered);
    }

    @Property(tries = 300)
    void anyReplyFitsDiscordsLimitsAndPingsNobody(@ForAll("texts") RichText text) {
        List<MessageCreateData> messages = DiscordMessages.create(text, List.of(new Button("Next", "1:next", "/next")));
        assertFalse(messages.isEmpty());
        for (MessageCreateData message : messages) {
            assertTrue(message.getAllowedMentions().isEmpty(), "mentions must never ping");
            MessageEmbed embed = message.getEmbeds().getFirst();
            String description = embed.getDescription();
            assertTrue(!description.isEmpty() && description.length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH,
                    "description of " + description.length());
            assertTrue(embed.getTitle() == null || embed.getTitle().length() <= MessageEmbed.TITLE_MAX_LENGTH);
            assertFalse(MENTION.matcher(description).find(), brief(description));
            assertFalse(embed.getTitle() != null && MENTION.matcher(embed.getTitle()).find(), embed.getTitle());
            assertEquals(0, count(description, "```") % 2, "a code block left open: " + brief(description));
            assertEquals(0, count(spoilerMarkers(description), "||") % 2, "a spoiler left open: " + brief(description));
        }
        assertTrue(messages.getLast().getComponents().size() == 1, "the buttons go under the last message");
    }

    @Property(tries = 200)
    void anyListOfEngineRepliesBecomesMessagesDiscordAccepts(@ForAll("replies") List<Reply> replies,
                                                            @ForAll boolean inGuild) {
        // when whatever the engine says is turned into Discord messages
        List<InteractionListener.Outgoing> out = InteractionListener.outgoing(replies, inGuild);

        // then each is within Discord's limits: content, embeds, rows of buttons, ids and labels
        for (InteractionListener.Outgoing message : out) {
            MessageCreateData data = message.message();
            assertTrue(data.getContent().length() <= 2_000, "content of " + data.getContent().length());
            assertTrue(data.getEmbeds().size() <= 10);
            int embedTotal = data.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum();
            assertTrue(embedTotal <= MessageEmbed.EMBED_MAX_LENGTH_BOT, "embeds of " + embedTotal);
            assertTrue(data.getComponents().size() <= 5, "rows: " + data.getComponents().size());
            for (var row : data.getComponents()) {
                var buttons = row.asActionRow().getButtons();
                assertTrue(buttons.size() <= 5, "buttons in a row: " + buttons.size());
                for (var button : buttons) {
                    assertTrue(button.getCustomId() != null && button.getCustomId().length() <= 100);
                    assertTrue(!button.getLabel().isEmpty() && button.getLabel().length() <= 80, button.getLabel());
                }
            }
            for (MessageEmbed embed : data.getEmbeds()) {
                String description = java.util.Objects.requireNonNullElse(embed.getDescription(), "");
                assertEquals(0, count(spoilerMarkers(description), "||") % 2, "a spoiler left open");
            }
            assertTrue(data.getAllowedMentions().isEmpty(), "mentions must never ping");
        }
        // and a notice, or a reply for the requester in a server, is seen by them alone
        long privateOnes = replies.stream().filter(r -> r instanceof Reply.Notice
                || inGuild && r instanceof Reply.Send send && send.audience() == dev.mockingbird.core.chat.Audience.REQUESTER)
                .count();
        assertTrue(out.stream().filter(InteractionListener.Outgoing::ephemeral).count() >= privateOnes);
    }

    @Provide
    Arbitrary<List<Reply>> replies() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40)
                .filter(l -> !l.isBlank());
        Arbitrary<Button> button = Combinators.combine(label,
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(64)).as(
                        (l, d) -> new Button(l, d, "/x"));
        Arbitrary<List<Button>> buttons = button.list().ofMaxSize(25);
        Arbitrary<Reply> send = Combinators.combine(texts(), buttons,
                Arbitraries.of(dev.mockingbird.core.chat.Audience.values())).as(Reply.Send::new);
        Arbitrary<Reply> edit = Combinators.combine(texts(), buttons).as(Reply.Edit::new);
        Arbitrary<Reply> notice = hostile().map(t -> new Reply.Notice(t.isEmpty() ? "x" : t));
        return Arbitraries.oneOf(send, edit, notice).list().ofMaxSize(4);
    }

    @Property(tries = 100)
    void aLongHiddenAnswerStaysHiddenInEveryPart(@ForAll("paragraphs") List<String> paragraphs) {
        RichText answer = new RichText(List.of(new RichText.Hidden(
                paragraphs.stream().<Block>map(p -> new RichText.Paragraph(List.of(new RichText.Plain(p)))).toList())));
        for (MessageCreateData message : DiscordMessages.create(answer, List.of())) {
            // with escaped characters set aside, what is left is spoilers and the blank lines between them
            String description = message.getEmbeds().getFirst().getDescription();
            String bare = ESCAPED.matcher(description).replaceAll("");
            // (a spoiler may hold only escaped characters, so nothing is left of it once they are set aside)
            assertTrue(bare.matches("(?s)\\|\\|[^|]*\\|\\|(\n\n\\|\\|[^|]*\\|\\|)*"),
                    "shown unhidden: " + brief(description));
        }
    }

    @Property(tries = 100)
    void splittingLongTextLosesNothingAndBreaksNoEscape(@ForAll("hostile") String text,
                                                         @ForAll @IntRange(min = 1, max = 400) int times) {
        String original = text.repeat(times);
        List<String> descriptions = DiscordMessages.create(RichText.plain(original), List.of()).stream()
                .map(m -> m.getEmbeds().getFirst().getDescription()).toList();
        String shown = descriptions.stream().map(DiscordMarkdownTest::shown)
                .reduce("", String::concat);
        assertTrue(withoutSpace(original.replace(DiscordMarkdown.ZWSP, "")).equals(withoutSpace(shown)),
                () -> "lost or changed: " + brief(shown));
    }

    @Property(tries = 200)
    void codeOfAnyKindInAHiddenAnswerNeverClosesItsSpoiler(@ForAll("hostile") String inline,
                                                           @ForAll("hostile") String block,
                                                           @ForAll("hostile") String prose) {
        // given a hidden answer whose inline code and code block hold anything (||, backticks, escapes)
        RichText answer = new RichText(List.of(new RichText.Hidden(List.of(
                new RichText.Paragraph(List.of(new RichText.Plain(prose), new RichText.Code(inline))),
                new RichText.CodeBlock("js", block)))));

        // when it is rendered
        List<String> blocks = DiscordMarkdown.blocks(answer);

        // then every block is one spoiler, opened and closed by its own markers and by nothing inside
        assertFalse(blocks.isEmpty());
        for (String rendered : blocks) {
            assertEquals(2, count(spoilerMarkers(rendered), "||"), brief(rendered));
            assertTrue(rendered.startsWith("||") && rendered.endsWith("||"), brief(rendered));
        }
    }

    @Property(tries = 300)
    void anyButtonsTheEngineGivesMakeAMessageDiscordTakes(@ForAll("buttonLists") List<Button> buttons) {
        // when a message carries them (JDA validates labels, ids and rows as it builds)
        MessageCreateData message = DiscordMessages.create(RichText.plain("Question"), buttons).getLast();

        // then at most 25, each id once, every label 1-80 characters and not blank, the first of each id kept
        List<net.dv8tion.jda.api.components.buttons.Button> shown = message.getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream()).toList();
        assertTrue(shown.size() <= DiscordMessages.MAX_BUTTONS, "" + shown.size());
        assertEquals(shown.size(), shown.stream().map(net.dv8tion.jda.api.components.buttons.Button::getCustomId)
                .distinct().count());
        shown.forEach(b -> assertTrue(!b.getLabel().isBlank() && b.getLabel().length() <= DiscordMessages.MAX_LABEL,
                b.getLabel()));
        List<String> firstIds = buttons.stream().map(Button::data).filter(d -> !d.isEmpty()).distinct()
                .limit(shown.size()).toList();
        assertEquals(firstIds, shown.stream().map(net.dv8tion.jda.api.components.buttons.Button::getCustomId)
                .toList());
    }

    @Provide
    Arbitrary<List<Button>> buttonLists() {
        Arbitrary<String> labels = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(120),
                Arbitraries.of("", "   ", "\n\t", "Show answer", "Next"));
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(2);
        return Combinators.combine(labels, ids).as((label, id) -> new Button(label, id, "/next"))
                .list().ofMaxSize(40);
    }

    @Test
    void codeInAHiddenAnswerCannotCloseItsSpoiler() {
        // given a hidden answer whose code holds ||, as security/cors does
        RichText text = RichText.builder().block(new RichText.Hidden(RichText.markdown(
                "Allow `!origin || allowed.has(origin)`:\n\n```js\nif (!origin || ok(origin)) next();\n```").blocks()))
                .build();

        // when it is rendered
        List<String> blocks = DiscordMarkdown.blocks(text);

        // then each block holds exactly its own two spoiler markers, and the code still reads the same
        for (String block : blocks) {
            assertEquals(2, count(block, "||"), block);
            assertTrue(block.startsWith("||") && block.endsWith("||"), block);
        }
        assertTrue(String.join("", blocks).replace(DiscordMarkdown.ZWSP, "").contains("!origin || ok(origin)"));
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
    void aNumberedListAfterACodeBlockKeepsItsNumbers() {
        // given steps 1 and 2 with a code block between them
        RichText text = RichText.markdown("1. hold\n```\nUPDATE seats;\n```\n2. pay\n3. confirm");
        // then the second list goes on from 2
        assertEquals("2. pay\n3. confirm", DiscordMarkdown.blocks(text).getLast());
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
    void aLongEditLeavesItsButtonsToTheLastFollowUpPart() {
        // given an edit too long for one embed
        RichText.Builder text = RichText.builder();
        for (int i = 0; i < 30; i++) {
            text.text("Paragraph " + i + " " + "word ".repeat(40));
        }
        List<Button> buttons = List.of(new Button("Next", "1:next", "/next"));
        // then the edited message has no buttons and only the last part carries them, once
        assertTrue(DiscordMessages.edit(text.build(), buttons).getComponents().isEmpty());
        List<MessageCreateData> parts = DiscordMessages.create(text.build(), buttons);
        assertTrue(parts.size() > 1);
        assertEquals(1, parts.getLast().getComponents().size());
        assertTrue(parts.subList(0, parts.size() - 1).stream().allMatch(p -> p.getComponents().isEmpty()));
        // and a short edit keeps its buttons
        assertEquals(1, DiscordMessages.edit(RichText.plain("short"), buttons).getComponents().size());
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

    @Test
    void embedTitlesAreEscapedLikeEverythingElse() {
        // given a model answer whose question, in the title, contains markup
        RichText text = RichText.builder().paragraph(new Bold("Model answer · "), new Plain("Why use *indexes*?"))
                .text("Because.").build();

        // when
        MessageEmbed embed = DiscordMessages.create(text, List.of()).getFirst().getEmbeds().getFirst();

        // then
        assertEquals("Model answer · Why use \\*indexes\\*?", embed.getTitle());
    }

    @Test
    void aReplyOfOnlyWhitespaceIsStillAValidEmbed() {
        // when
        MessageEmbed embed = DiscordMessages.create(RichText.plain("  \n "), List.of()).getFirst().getEmbeds()
                .getFirst();

        // then
        assertEquals(DiscordMarkdown.ZWSP, embed.getDescription());
    }

    @Test
    void touchingMarkupAndEmptySpansDoNotMakeOtherMarkup() {
        // given an empty code span, and two code spans side by side
        RichText text = new RichText(List.of(new RichText.Paragraph(List.of(new RichText.Code(""),
                new RichText.Code("a"), new RichText.Code("b"), new RichText.Italic(""), new Plain("end")))));

        // when
        String rendered = DiscordMarkdown.blocks(text).getFirst();

        // then
        assertEquals("`a`" + DiscordMarkdown.ZWSP + "`b`end", rendered);
    }

    @Test
    void aLongNoticeIsCutToDiscordsMessageLimit() {
        // when
        MessageCreateData note = DiscordMessages.note("*".repeat(5_000));

        // then
        assertTrue(note.getContent().length() <= DiscordMessages.MAX_CONTENT, "" + note.getContent().length());
        assertTrue(note.getContent().endsWith("…"));
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> tokens = Arbitraries.of("@everyone", "@here", "<@123>", "<@&5>", "<#7>", "<:e:1>", "</x:1>",
                "||", "```", "````", "**", "__", "~~", "1. ", "+ ", "> ", "# ", "-# ", "[a](https://x.io)", "\\", "\n",
                " ", "`", "ˋ", DiscordMarkdown.ZWSP, "😀");
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(8);
        return Arbitraries.oneOf(tokens, any).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<String>> paragraphs() {
        return hostile().map(s -> "x" + s).flatMap(s -> Arbitraries.integers().between(1, 300).map(s::repeat))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<RichText> texts() {
        Arbitrary<String> words = hostile();
        Arbitrary<String> longWords = words.flatMap(w -> Arbitraries.integers().between(1, 500).map(w::repeat));
        Arbitrary<String> some = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, words), net.jqwik.api.Tuple.of(1, longWords));
        Arbitrary<Span> span = Arbitraries.oneOf(
                some.map(RichText.Plain::new), some.map(RichText.Bold::new), some.map(RichText.Italic::new),
                // inline code is short in practice; a long one may be cut inside, which shows its backticks
                words.map(RichText.Code::new));
        Arbitrary<List<Span>> spans = span.list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Block> paragraph = spans.map(RichText.Paragraph::new);
        Arbitrary<Block> bullets = Combinators.combine(spans.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(true, false)).as(RichText.Bullets::new);
        Arbitrary<Block> code = Combinators.combine(words, some).as(RichText.CodeBlock::new);
        Arbitrary<Block> plain = Arbitraries.oneOf(paragraph, bullets, code);
        Arbitrary<Block> hidden = plain.list().ofMinSize(1).ofMaxSize(3).map(RichText.Hidden::new);
        return Arbitraries.oneOf(plain, plain, hidden).list().ofMaxSize(6).map(RichText::new);
    }

    /** Undoes the escaping a Discord client applies when it renders text. */
    private static String shown(String markdown) {
        return markdown.replaceAll("\\\\(.)", "$1").replace(DiscordMarkdown.ZWSP, "");
    }

    private static String withoutSpace(String text) {
        StringBuilder out = new StringBuilder();
        // control characters too: a part made only of them is as empty to Discord as one of spaces
        text.codePoints().filter(c -> !Character.isWhitespace(c) && c > ' ').forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Enough of a long text to see what went wrong. */
    private static String brief(String text) {
        return text.length() <= 300 ? text : text.substring(0, 150) + " … " + text.substring(text.length() - 150);
    }

    /**
     * The markdown as Discord finds spoiler markers in it: escaped characters removed, code kept, because Discord
     * reads {@code ||} inside code as a marker too (a backslash escapes outside code only).
     */
    private static String spoilerMarkers(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && c == '\\') {
                i++;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
