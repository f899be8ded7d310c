package dev.mockingbird.telegram;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.telegram.TelegramHtml.Chunk;
import dev.mockingbird.telegram.TelegramHtml.Line;
import dev.mockingbird.telegram.TelegramHtml.Run;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import dev.mockingbird.core.chat.Reply;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Engine replies as Bot API calls: HTML messages split under Telegram's 4,096-character limit (between blocks, then
 * lines, then characters, never inside a tag or an entity), with the inline keyboard on the last part.
 */
final class TelegramMessages {

    /** Telegram's limit on a message's text. */
    static final int MAX_TEXT = 4096;
    /** Telegram's limit on an answerCallbackQuery toast. */
    static final int MAX_NOTICE = 200;
    private static final int BUTTONS_PER_ROW = 3;
    private static final String PARAGRAPH_BREAK = "\n\n";
    /** Telegram rejects empty messages; an engine reply with nothing visible still shows something. */
    private static final String EMPTY = "…";

    private TelegramMessages() {
    }

    /** The text as HTML parts, each at most {@link #MAX_TEXT} characters. */
    static List<String> parts(RichText text) {
        return parts(text, MAX_TEXT);
    }

    /** The text as HTML parts of at most {@code max} characters (a parameter so tests can split short texts). */
    static List<String> parts(RichText text, int max) {
        List<String> pieces = new ArrayList<>();
        for (Chunk chunk : TelegramHtml.chunks(text)) {
            if (chunk.length() <= max) {
                pieces.add(chunk.html());
            } else {
                fit(chunk, max).forEach(c -> pieces.add(c.html()));
            }
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (!current.isEmpty() && current.length() + PARAGRAPH_BREAK.length() + piece.length() > max) {
                parts.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(PARAGRAPH_BREAK);
            }
            current.append(piece);
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts.isEmpty() ? List.of(EMPTY) : parts;
    }

    /** A chunk too long for one message as several, each in the chunk's own wrapper. */
    private static List<Chunk> fit(Chunk chunk, int max) {
        int room = max - chunk.open().length() - chunk.close().length();
        List<Chunk> out = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int length = 0;
        for (Line whole : chunk.lines()) {
            for (Line line : cut(whole, room)) {
                int added = line.length() + (current.isEmpty() ? 0 : 1);
                if (!current.isEmpty() && length + added > room) {
                    out.add(new Chunk(chunk.open(), chunk.close(), current));
                    current = new ArrayList<>();
                    length = 0;
                    added = line.length();
                }
                current.add(line);
                length += added;
            }
        }
        if (!current.isEmpty()) {
            out.add(new Chunk(chunk.open(), chunk.close(), current));
        }
        return out;
    }

    /** A line longer than {@code room} as several lines, cutting run text between characters (never a pair). */
    private static List<Line> cut(Line line, int room) {
        if (line.length() <= room) {
            return List.of(line);
        }
        List<Line> out = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        int length = 0;
        for (Run run : line.runs()) {
            String rest = run.text();
            int overhead = run.open().length() + run.close().length();
            while (true) {
                int take = fitting(rest, room - length - overhead);
                if (take == rest.length()) {
                    Run last = run.withText(rest);
                    current.add(last);
                    length += last.length();
                    break;
                }
                if (take > 0) {
                    current.add(run.withText(rest.substring(0, take)));
                    rest = rest.substring(take);
                }
                if (current.isEmpty()) {
                    throw new IllegalArgumentException("a message limit of " + room + " cannot hold one character");
                }
                out.add(new Line(current));
                current = new ArrayList<>();
                length = 0;
            }
        }
        if (!current.isEmpty()) {
            out.add(new Line(current));
        }
        return out;
    }

    /** How many leading characters of the text fit in {@code room} once escaped, not splitting a surrogate pair. */
    private static int fitting(String text, int room) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int width = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            int cost = width == 2 ? 2 : TelegramHtml.escapedLength(text.charAt(i));
            if (used + cost > room) {
                break;
            }
            used += cost;
            i += width;
        }
        return i;
    }

    /**
     * The messages for an engine's message, the keyboard under the last one; the first answers the message it replies
     * to, if that still exists (a reveal whose post was deleted is posted plainly).
     */
    static List<SendMessage> send(long chatId, Reply.Send send) {
        List<SendMessage> out = send(chatId, send.text(), send.buttons());
        send.replyTo().filter(id -> id.matches("\\d{1,10}")).ifPresent(id -> out.getFirst().setReplyParameters(
                ReplyParameters.builder().messageId(Integer.parseInt(id)).allowSendingWithoutReply(true).build()));
        return out;
    }

    /** The messages for a text, the keyboard under the last one. */
    static List<SendMessage> send(long chatId, RichText text, List<Button> buttons) {
        List<String> parts = parts(text);
        List<SendMessage> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(message(chatId, parts.get(i), i == parts.size() - 1 ? buttons : List.of()));
        }
        return out;
    }

    /** One HTML message. */
    static SendMessage message(long chatId, String html, List<Button> all) {
        List<Button> buttons = pressable(all);
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(html)
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (!buttons.isEmpty()) {
            message.replyMarkup(keyboard(buttons));
        }
        return message.build();
    }

    /** The same message without markup: tags dropped, entities decoded, no parse mode; the keyboard stays. */
    static SendMessage asPlainText(SendMessage html) {
        String text = html.getText().replaceAll("</?(b|i|code|pre|tg-spoiler)(?: [^>]*)?>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        SendMessage plain = SendMessage.builder().chatId(html.getChatId()).text(text.isBlank() ? EMPTY : text)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build();
        plain.setReplyMarkup(html.getReplyMarkup());
        return plain;
    }

    /** A plain-text message (a notice outside a button press). */
    static SendMessage plain(long chatId, String text) {
        return message(chatId, TelegramHtml.escape(text), List.of());
    }

    /** Replaces a message's text and keyboard; no buttons takes the keyboard off. */
    static EditMessageText edit(long chatId, int messageId, String html, List<Button> buttons) {
        return EditMessageText.builder().chatId(chatId).messageId(messageId).text(html).parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard(pressable(buttons))).build();
    }

    /** People on Telegram simply type their answers, so text-entry buttons are left out. */
    static List<Button> pressable(List<Button> buttons) {
        return buttons.stream().filter(b -> b.kind() == Button.Kind.PRESS).toList();
    }

    /** Stops the button's spinner, with a toast when there is something to say. */
    static AnswerCallbackQuery answer(String callbackId, String notice) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder()
                .callbackQueryId(callbackId);
        if (!notice.isBlank()) {
            answer.text(notice.length() <= MAX_NOTICE ? notice
                    : notice.substring(0, notice.offsetByCodePoints(0, notice.codePointCount(0, MAX_NOTICE - 2)))
                    + "…");
        }
        return answer.build();
    }

    /** Buttons in rows of three; the data is the engine's compact, versioned button data (≤ 64 bytes). */
    static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW)).forEach(b -> row.add(
                    InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build()));
            rows.add(row);
        }
        return new InlineKeyboardMarkup(rows);
    }
}
