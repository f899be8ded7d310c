package dev.mockingbird.grader;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Misconception;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where {@link Thresholds} come from: the bank's own sentences, never the labelled grading sets. For every evidence
 * sentence it prints how close it comes (leaving itself out) to its own point, to the question's other points, to its
 * point's misconceptions and to the question, as percentiles. Run: {@code ./mockingbird mvn -q -pl grader
 * test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath dev.mockingbird.grader.ThresholdCalibration ../questions/src/main/resources/questions"}
 */
final class ThresholdCalibration {

    private ThresholdCalibration() {
    }

    public static void main(String[] args) {
        QuestionBank bank = QuestionBank.load(new URLClassLoader(new URL[0], null), Optional.of(Path.of(args[0])));
        List<Float> own = new ArrayList<>();
        List<Float> sibling = new ArrayList<>();
        List<Float> claim = new ArrayList<>();
        List<Float> asked = new ArrayList<>();
        List<Float> claimToOwn = new ArrayList<>();
        try (OnnxSentenceEncoder encoder = new OnnxSentenceEncoder()) {
            for (Question q : bank.questions()) {
                if (q.keyPoints().stream().anyMatch(p -> p.evidence().isEmpty())) {
                    continue;
                }
                List<float[][]> evidence = new ArrayList<>();
                List<float[][]> claims = new ArrayList<>();
                for (KeyPoint p : q.keyPoints()) {
                    List<String> texts = new ArrayList<>(p.evidence());
                    texts.add(p.point());
                    evidence.add(encoder.embed(texts));
                    claims.add(encoder.embed(p.misconceptions().stream().map(Misconception::claim).toList()));
                }
                float[] question = encoder.embed(List.of(q.question()))[0];
                for (int p = 0; p < evidence.size(); p++) {
                    float[][] mine = evidence.get(p);
                    for (int i = 0; i < mine.length - 1; i++) {
                        float best = Float.NEGATIVE_INFINITY;
                        for (int j = 0; j < mine.length; j++) {
                            if (j != i) {
                                best = Math.max(best, SentenceEncoder.cosine(mine[i], mine[j]));
                            }
                        }
                        own.add(best);
                        float other = Float.NEGATIVE_INFINITY;
                        for (int o = 0; o < evidence.size(); o++) {
                            if (o != p) {
                                for (float[] v : evidence.get(o)) {
                                    other = Math.max(other, SentenceEncoder.cosine(mine[i], v));
                                }
                            }
                        }
                        sibling.add(other);
                        float wrong = Float.NEGATIVE_INFINITY;
                        for (float[] c : claims.get(p)) {
                            wrong = Math.max(wrong, SentenceEncoder.cosine(mine[i], c));
                        }
                        if (wrong > Float.NEGATIVE_INFINITY) {
                            claim.add(wrong);
                        }
                        asked.add(SentenceEncoder.cosine(mine[i], question));
                    }
                    for (float[] c : claims.get(p)) {
                        float best = Float.NEGATIVE_INFINITY;
                        for (float[] v : mine) {
                            best = Math.max(best, SentenceEncoder.cosine(c, v));
                        }
                        claimToOwn.add(best);
                    }
                }
            }
        }
        int top = 0;
        for (int i = 0; i < own.size(); i++) {
            top += own.get(i) > sibling.get(i) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "evidence closest to its own point rather than a sibling: %d of %d%n", top,
                own.size());
        print("evidence vs its own point (best other)", own);
        print("evidence vs the question's other points", sibling);
        print("evidence vs its point's misconceptions", claim);
        print("misconception vs its point's evidence", claimToOwn);
        print("evidence vs the question", asked);
    }

    private static void print(String what, List<Float> values) {
        float[] v = new float[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        Arrays.sort(v);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-42s n=%5d", what, v.length));
        for (int pct : new int[] {5, 10, 25, 50, 75, 90, 95}) {
            line.append(String.format(Locale.ROOT, "  p%d=%.2f", pct, v.length == 0 ? 0 : v[(v.length - 1) * pct / 100]));
        }
        System.out.println(line);
    }
}
