package dev.mockingbird.discord;

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

/** Every model answer of the real bank, as Discord shows it: no Markdown table may arrive as raw pipes. */
class BankAnswersOnDiscordTest {

    /** The built-in packs, read from the source tree so this module needs no dependency on the bank's. */
    private static final Path PACKS = Path.of("../questions/src/main/resources/questions");
    private static final Pattern SEPARATOR = Pattern.compile("\\|\\s*:?-{3,}");

    @Test
    void everyModelAnswerOfTheBankRendersWithoutRawTableSyntax() {
        // given the bank's packs alone (the platform class loader holds no test packs)
        assertTrue(Files.isDirectory(PACKS), PACKS.toAbsolutePath() + " is missing");
        QuestionBank bank = QuestionBank.load(ClassLoader.getPlatformClassLoader(), Optional.of(PACKS));

        // when each model answer is rendered as Discord markdown
        List<String> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            tableLines(DiscordMarkdown.blocks(RichText.markdown(q.answer())))
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
        List<String> found = tableLines(DiscordMarkdown.blocks(table));

        // then the table's rows are found, the code block is not
        assertEquals(3, found.size(), found.toString());
    }

    /** Lines a reader would see as a raw table (escaping undone), skipping fenced code blocks. */
    private static List<String> tableLines(List<String> blocks) {
        List<String> found = new ArrayList<>();
        for (String block : blocks) {
            if (block.startsWith("```") || block.startsWith("||```")) {
                continue;
            }
            String shown = block.replace("\\", "");
            for (String line : shown.split("\n")) {
                String s = line.strip();
                if (SEPARATOR.matcher(s).find() || s.length() > 1 && s.startsWith("|") && s.endsWith("|")) {
                    found.add(s);
                }
            }
        }
        return found;
    }
}
