package dev.mockingbird.grader;

import dev.mockingbird.core.bank.QuestionBank;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Development runs of the built-in grader on ONE grading set (the development set, never the held-out one) with
 * thresholds given on the command line, sentence vectors memoised so a sweep is quick.
 * Args: packs-folder set-file [credit wordWeight polarityPenalty claim claimMargin echo nearBest]...
 */
final class DevEval {

    private DevEval() {
    }

    public static void main(String[] args) throws IOException {
        QuestionBank bank = QuestionBank.load(new URLClassLoader(new URL[0], null), Optional.of(Path.of(args[0])));
        GradingSet all = GradingSet.read(Path.of(args[1]));
        // -Dwith-evidence: only questions whose every point has evidence (while the bank is being written).
        GradingSet set = System.getProperty("with-evidence") == null ? all : new GradingSet(all.name(),
                all.answers().stream().filter(a -> bank.byId(a.question()).orElseThrow().keyPoints().stream()
                        .allMatch(p -> !p.evidence().isEmpty())).toList());
        System.out.println(set.answers().size() + " answers");
        try (OnnxSentenceEncoder onnx = new OnnxSentenceEncoder(); Terms terms = new Terms()) {
            Map<String, float[]> memo = new HashMap<>();
            SentenceEncoder encoder = sentences -> {
                List<String> missing = sentences.stream().filter(s -> !memo.containsKey(s)).distinct().toList();
                float[][] fresh = onnx.embed(missing);
                for (int i = 0; i < missing.size(); i++) {
                    memo.put(missing.get(i), fresh[i]);
                }
                return sentences.stream().map(memo::get).toArray(float[][]::new);
            };
            List<Thresholds> runs = new ArrayList<>();
            if (args.length == 2) {
                runs.add(Thresholds.DEFAULT);
            }
            for (int i = 2; i < args.length; i++) {
                String[] v = args[i].split(",");
                runs.add(new Thresholds(Float.parseFloat(v[0]), Float.parseFloat(v[1]), Float.parseFloat(v[2]),
                        Float.parseFloat(v[3]), Float.parseFloat(v[4]), Float.parseFloat(v[5]),
                        Float.parseFloat(v[6]), Float.parseFloat(v[7])));
            }
            if (System.getProperty("model-answers") != null) {
                for (Thresholds t : runs) {
                    EvidenceGrader g = new EvidenceGrader(encoder, terms, t);
                    int misses = 0;
                    int wrongs = 0;
                    int echoes = 0;
                    int questions = 0;
                    for (var q : bank.questions()) {
                        if (q.keyPoints().stream().anyMatch(p -> p.evidence().isEmpty())) {
                            continue;
                        }
                        questions++;
                        var grade = g.grade(q, q.answer());
                        misses += grade.missed().size() - grade.wrong().size();
                        wrongs += grade.wrong().size();
                        if (System.getProperty("show") != null) {
                            grade.missed().forEach(p -> System.out.println(q.id() + " MISS " + p.point()));
                            grade.wrong().forEach(w -> System.out.println(q.id() + " WRONG " + w.point().point()
                                    + " <= " + w.said()));
                        }
                        int echo = g.grade(q, q.question()).percent();
                        if (echo > 10) {
                            echoes++;
                        }
                    }
                    System.out.println(t + ": " + questions + " questions; model answers miss " + misses
                            + " points, called wrong " + wrongs + "; question echoes over 10%: " + echoes);
                }
                return;
            }
            for (Thresholds t : runs) {
                GraderEvaluation e = GraderEvaluation.run(new EvidenceGrader(encoder, terms, t), bank, List.of(set));
                System.out.println("== " + t);
                String detail = System.getProperty("detail");
                if (detail != null) {
                    for (GraderEvaluation.Row r : e.rows()) {
                        if (r.labelled().category().equals(detail) && (!r.predicted().equals(r.labelled().covered())
                                || !r.flagged().equals(r.labelled().wrong()))) {
                            var q = bank.byId(r.labelled().question()).orElseThrow();
                            System.out.println("\n--- " + q.id() + " label " + r.labelled().covered() + " wrong "
                                    + r.labelled().wrong() + " | got " + r.predicted() + " wrong " + r.flagged());
                            System.out.println(r.labelled().answer());
                            for (int p = 0; p < q.keyPoints().size(); p++) {
                                System.out.println("  " + p + ". " + q.keyPoints().get(p).point());
                            }
                        }
                    }
                }
                System.out.println(System.getProperty("brief") != null
                        ? e.table().lines().filter(l -> l.startsWith("key-point")).findFirst().orElse("")
                        : e.table());
            }
        }
    }
}
