package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.RichText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every model answer of the real bank, as Telegram shows it: no Markdown table may arrive as raw pipes. */
class BankAnswersOnTelegramTest {

    /** The built-in packs, read from the source tree so this module needs no dependency on the bank's. */
    private static final Path PACKS = Path.of("../questions/src/main/resources/questions");
    private static final Pattern SEPARATOR = Pattern.compile("\\|\\s*:?-{3,}");
    private static final Pattern PRE = Pattern.compile("(?s)<pre>.*?</pre>");

    @Test
    void everyModelAnswerOfTheBankRendersWithoutRawTableSyntax() {
        // given the bank's packs alone (the platform class loader holds no test packs)
        assertTrue(Files.isDirectory(PACKS), PACKS.toAbsolutePath() + " is missing");
        QuestionBank bank = QuestionBank.load(ClassLoader.getPlatformClassLoader(), Optional.of(PACKS));

        // when each model answer is rendered as Telegram HTML
        List<String> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            tableLines(TelegramHtml.render(RichText.markdown(q.answer())))
                    .forEach(line -> problems.add(q.id() + ": " + line));
        }

        // then no line outside a code block is a table row or separator
        assertTrue(bank.questions().size() > 300, "the whole bank was read: " + bank.questions().size());
        assertEquals(List.of(), problems);
    }

    @Test
    void aTableInAnAnswerIsFound() {
        // given an answer written with a Markdown table, and a pipe inside a code block
        RichText table = RichText.markdown("| | var | let |\n|---|---|---|\n| Scope | function | block |\n\n"
                + "```sh\nps aux | grep node\n```");

        // when it is rendered and checked
        List<String> found = tableLines(TelegramHtml.render(table));

        // then the table's rows are found, the code block is not
        assertEquals(3, found.size(), found.toString());
    }

    /** Lines a reader would see as a raw table (tags dropped, entities undone), skipping preformatted blocks. */
    private static List<String> tableLines(String html) {
        List<String> found = new ArrayList<>();
        String shown = PRE.matcher(html).replaceAll("").replaceAll("<[^>]+>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        for (String line : shown.split("\n")) {
            String s = line.strip();
            if (SEPARATOR.matcher(s).find() || s.length() > 1 && s.startsWith("|") && s.endsWith("|")) {
                found.add(s);
            }
        }
        return found;
    }
}
