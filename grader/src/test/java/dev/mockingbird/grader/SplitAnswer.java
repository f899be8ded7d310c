package dev.mockingbird.grader;

import dev.mockingbird.core.bank.QuestionBank;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;

/** Development aid: a model answer's sentences as the grader splits them. Args: packs id word. */
final class SplitAnswer {
    private SplitAnswer() {
    }

    public static void main(String[] args) {
        QuestionBank bank = QuestionBank.load(new URLClassLoader(new URL[0], null), Optional.of(Path.of(args[0])));
        Sentences.of(bank.byId(args[1]).orElseThrow().answer()).stream()
                .filter(s -> s.text().toLowerCase().contains(args[2].toLowerCase()))
                .forEach(s -> System.out.println(s.text() + (s.termList() ? "   [list]" : "")));
    }
}
