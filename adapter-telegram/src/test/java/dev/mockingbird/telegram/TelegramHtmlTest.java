package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Italic;
import dev.mockingbird.core.chat.RichText.Plain;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

class TelegramHtmlTest {

    @Test
    void dynamicTextIsEscapedSoItShowsLiterally() {
        // given a question and a name carrying markup
        RichText text = RichText.builder()
                .paragraph(new Plain("Hi <b>Eve</b> & co! "), new Bold("Why a < b && c > d?"))
                .build();

        // when it is rendered
        String html = TelegramHtml.render(text);

        // then only our own tag remains, the rest is escaped
        assertEquals("Hi &lt;b&gt;Eve&lt;/b&gt; &amp; co! <b>Why a &lt; b &amp;&amp; c &gt; d?</b>", html);
    }

    @Test
    void spansBecomeTelegramTags() {
        RichText text = RichText.builder()
                .paragraph(new Bold("bold"), new Plain(" "), new Italic("italic"), new Plain(" "), new Code("x<y"))
                .build();

        assertEquals("<b>bold</b> <i>italic</i> <code>x&lt;y</code>", TelegramHtml.render(text));
    }

    @Test
    void blocksAreSeparatedByABlankLineAndListsGetMarkers() {
        RichText text = RichText.markdown("Intro\n\n- one\n- **two**\n\n1. first\n2. second");

        assertEquals("Intro\n\n• one\n• <b>two</b>\n\n1. first\n2. second", TelegramHtml.render(text));
    }

    @Test
    void codeBlocksArePreformattedWithASafeLanguage() {
        RichText text = new RichText(List.of(new RichText.CodeBlock("js\"><b", "if (a < b) {\n  go();\n}")));

        assertEquals("<pre><code class=\"language-jsb\">if (a &lt; b) {\n  go();\n}</code></pre>",
                TelegramHtml.render(text));
    }

    @Test
    void hiddenBlocksBecomeSpoilersAndHiddenCodeIsPlainSpoilerText() {
        // given a hidden answer with a paragraph, inline code and a code block
        RichText text = RichText.builder()
                .text("Model answer")
                .block(new RichText.Hidden(List.of(
                        new RichText.Paragraph(List.of(new Plain("Use "), new Code("redis"), new Bold(" now"))),
                        new RichText.CodeBlock("sql", "SELECT 1 < 2;"))))
                .build();

        // when rendered
        String html = TelegramHtml.render(text);

        // then each hidden block is its own spoiler, with no code entity inside (Telegram rejects that)
        assertEquals("Model answer\n\n<tg-spoiler>Use redis<b> now</b></tg-spoiler>\n\n"
                + "<tg-spoiler>SELECT 1 &lt; 2;</tg-spoiler>", html);
    }

    @Test
    void boldAcrossLinesIsClosedOnEachLine() {
        RichText text = RichText.builder().paragraph(new Bold("one\ntwo")).build();

        assertEquals("<b>one</b>\n<b>two</b>", TelegramHtml.render(text));
    }

    @Test
    void longTextIsSplitBetweenParagraphsUnderTheLimit() {
        // given three paragraphs of 2,000 characters
        String paragraph = "a".repeat(2_000);
        RichText text = RichText.builder().text(paragraph).text(paragraph).text(paragraph).build();

        // when split into messages
        List<String> parts = TelegramMessages.parts(text);

        // then two paragraphs fit in the first message and the third follows, each whole
        assertEquals(List.of(paragraph + "\n\n" + paragraph, paragraph), parts);
    }

    @Test
    void anOverlongCodeBlockIsSplitIntoCompleteCodeBlocks() {
        // given a code block far over the limit
        String line = "x &lt; y".replace("&lt;", "<") + " ".repeat(40);
        String code = String.join("\n", java.util.Collections.nCopies(300, line));
        RichText text = new RichText(List.of(new RichText.CodeBlock("", code)));

        // when split
        List<String> parts = TelegramMessages.parts(text);

        // then every part is a whole <pre> block under the limit
        assertTrue(parts.size() > 1, "split into " + parts.size());
        for (String part : parts) {
            assertTrue(part.length() <= TelegramMessages.MAX_TEXT, "part of " + part.length());
            assertTrue(part.startsWith("<pre>") && part.endsWith("</pre>"), part);
        }
    }

    @Test
    void buttonsGoUnderTheLastPartOnly() {
        // given a text of two messages and two buttons
        String paragraph = "b".repeat(3_000);
        RichText text = RichText.builder().text(paragraph).text(paragraph).build();
        List<Button> buttons = List.of(new Button("Show answer", "1:answer:abc", "/answer"),
                new Button("Next", "1:next:abc", "/next"));

        // when turned into messages
        List<SendMessage> messages = TelegramMessages.send(7L, text, buttons);

        // then only the last carries the keyboard, with the engine's button data
        assertEquals(2, messages.size());
        assertEquals(null, messages.getFirst().getReplyMarkup());
        var keyboard = (org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup)
                messages.getLast().getReplyMarkup();
        assertEquals("1:answer:abc", keyboard.getKeyboard().getFirst().getFirst().getCallbackData());
        assertEquals("Next", keyboard.getKeyboard().getFirst().get(1).getText());
        assertEquals(org.telegram.telegrambots.meta.api.methods.ParseMode.HTML, messages.getLast().getParseMode());
    }

    @Test
    void textEntryButtonsAreLeftOutBecausePeopleTypeTheirAnswers() {
        // given a question's buttons, the first asking for typed words
        List<Button> buttons = List.of(Button.textEntry("Answer"), new Button("Show answer", "1:answer:abc", "/answer"));
        // when sent, and when an edit carries only the text entry
        var keyboard = (org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup)
                TelegramMessages.send(7L, RichText.plain("Q?"), buttons).getLast().getReplyMarkup();
        SendMessage onlyTyping = TelegramMessages.send(7L, RichText.plain("Q?"), List.of(Button.textEntry("Answer")))
                .getLast();
        // then only the pressable buttons show, and no empty keyboard is sent
        assertEquals(List.of("Show answer"), keyboard.getKeyboard().getFirst().stream()
                .map(org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton::getText)
                .toList());
        assertEquals(null, onlyTyping.getReplyMarkup());
    }

    @Test
    void aReplyWithNothingVisibleStillSendsAMessage() {
        assertEquals(List.of("…"), TelegramMessages.parts(new RichText(List.of())));
    }

    @Test
    void aLongNoticeIsCutToTelegramsToastLimitWithoutBreakingACharacter() {
        String notice = "😀".repeat(150);

        String text = TelegramMessages.answer("cb", notice).getText();

        assertTrue(text.length() <= TelegramMessages.MAX_NOTICE, "length " + text.length());
        assertTrue(text.endsWith("😀…"), text);
    }

    @Test
    void aPressWithNothingToSayIsAnsweredWithoutAToast() {
        assertEquals(null, TelegramMessages.answer("cb", "").getText());
    }
}
