package dev.mockingbird.grader;

import dev.mockingbird.core.bank.QuestionBank;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Development aid: how each sentence of an answer scores against each point. Args: packs id answer. */
final class Explain {
    private Explain() {
    }

    public static void main(String[] args) {
        QuestionBank bank = QuestionBank.load(new URLClassLoader(new URL[0], null), Optional.of(Path.of(args[0])));
        var q = bank.byId(args[1]).orElseThrow();
        String answer = args.length > 2 ? args[2] : q.answer();
        try (OnnxSentenceEncoder enc = new OnnxSentenceEncoder(); Terms terms = new Terms()) {
            EvidenceGrader g = new EvidenceGrader(enc, terms, Thresholds.DEFAULT);
            var prepared = g.prepareForTest(q);
            for (var s : Sentences.of(answer)) {
                float[] v = enc.embed(List.of(s.text()))[0];
                StringBuilder line = new StringBuilder(s.text().substring(0, Math.min(60, s.text().length())) + " list=" + s.termList() + " q=" + String.format("%.2f", prepared.question(v)));
                for (int p = 0; p < prepared.points().size(); p++) {
                    var pt = prepared.points().get(p);
                    var sup = pt.support(v, s.stance(), terms.of(s.text()), Thresholds.DEFAULT);
                    var cl = pt.claim(v, s.stance(), Thresholds.DEFAULT);
                    line.append(String.format(" | %d: %.2f/%.2f c%.2f/%.2f", p, sup.score(), sup.meaning(), cl.score(), cl.meaning()));
                }
                System.out.println(line);
            }
            System.out.println(g.grade(q, answer));
        }
    }
}
