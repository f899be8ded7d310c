package dev.mockingbird.grader;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Runs a grader over labelled answers and measures its agreement with the labels: key-point precision, recall and
 * F1 (each answer's points pooled), the mean score given to buzzword lists and to confidently wrong answers, how often
 * wrong claims are caught, and Spearman's rank correlation between the grader's scores and the labelled ones.
 *
 * @param rows one row per answer graded
 */
public record GraderEvaluation(List<Row> rows) {

    public GraderEvaluation {
        rows = List.copyOf(rows);
    }

    /**
     * One graded answer next to its labels.
     *
     * @param set       the set it came from
     * @param labelled  the labelled answer
     * @param predicted the positions of the points the grader credited
     * @param flagged   the positions of the points the grader called wrong
     * @param score     the grader's score
     * @param points    how many key points the question has
     */
    public record Row(String set, GradingSet.Labelled labelled, Set<Integer> predicted, Set<Integer> flagged,
                      int score, int points) {
    }

    /** The numbers over some rows. */
    public record Summary(int answers, double precision, double recall, double f1, double meanScore,
                          double meanLabelledScore, double spearman, double wrongCaughtRecall,
                          double wrongCaughtPrecision) {
    }

    /** Grades every answer of the sets with the grader. */
    public static GraderEvaluation run(Grader grader, QuestionBank bank, List<GradingSet> sets) {
        List<Row> rows = new ArrayList<>();
        for (GradingSet set : sets) {
            for (GradingSet.Labelled a : set.answers()) {
                Question q = bank.byId(a.question()).orElseThrow(() -> new IllegalArgumentException(
                        "grading set " + set.name() + " names " + a.question() + ", which is not in the bank"));
                Grade grade = grader.grade(q, a.answer());
                rows.add(new Row(set.name(), a, grade.coveredIndices(q.keyPoints()),
                        grade.wrongIndices(q.keyPoints()), grade.percent(), q.keyPoints().size()));
            }
        }
        return new GraderEvaluation(rows);
    }

    /** The numbers over the rows that pass the filter. */
    public Summary summary(Predicate<Row> filter) {
        List<Row> some = rows.stream().filter(filter).toList();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int wrongTp = 0;
        int wrongFp = 0;
        int wrongFn = 0;
        for (Row r : some) {
            for (int i = 0; i < r.points(); i++) {
                boolean said = r.predicted().contains(i);
                boolean truth = r.labelled().covered().contains(i);
                tp += said && truth ? 1 : 0;
                fp += said && !truth ? 1 : 0;
                fn += !said && truth ? 1 : 0;
                boolean flagged = r.flagged().contains(i);
                boolean wrong = r.labelled().wrong().contains(i);
                wrongTp += flagged && wrong ? 1 : 0;
                wrongFp += flagged && !wrong ? 1 : 0;
                wrongFn += !flagged && wrong ? 1 : 0;
            }
        }
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        double f1 = Double.isNaN(precision) || Double.isNaN(recall) || precision + recall == 0 ? Double.NaN
                : 2 * precision * recall / (precision + recall);
        return new Summary(some.size(), precision, recall, f1,
                some.stream().mapToInt(Row::score).average().orElse(Double.NaN),
                some.stream().mapToInt(r -> r.labelled().score()).average().orElse(Double.NaN),
                spearman(some.stream().mapToDouble(Row::score).toArray(),
                        some.stream().mapToDouble(r -> r.labelled().score()).toArray()),
                ratio(wrongTp, wrongTp + wrongFn), ratio(wrongTp, wrongTp + wrongFp));
    }

    /** The summary per category, then the point-by-point categories together, then everything. */
    public Map<String, Summary> byCategory() {
        Map<String, Summary> out = new LinkedHashMap<>();
        rows.stream().map(r -> r.labelled().category()).distinct().sorted()
                .forEach(c -> out.put(c, summary(r -> r.labelled().category().equals(c))));
        out.put("point-by-point", summary(r -> GradingSet.POINT_BY_POINT.contains(r.labelled().category())));
        out.put("overall", summary(r -> true));
        return out;
    }

    /** The whole report as a text table. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s %5s %6s %6s %6s %6s %6s %7s %8s%n",
                "category", "n", "P", "R", "F1", "score", "label", "rho", "wrong-R"));
        byCategory().forEach((name, s) -> out.append(String.format(Locale.ROOT,
                "%-22s %5d %6s %6s %6s %6.1f %6.1f %7s %8s%n", name, s.answers(), f(s.precision()), f(s.recall()),
                f(s.f1()), s.meanScore(), s.meanLabelledScore(), f(s.spearman()), f(s.wrongCaughtRecall()))));
        Summary all = summary(r -> true);
        out.append(String.format(Locale.ROOT, "%nkey-point F1 %s (P %s, R %s); buzzword lists get %.1f%%, confidently"
                        + " wrong answers %.1f%%; Spearman %s; wrong claims caught %s (precision %s)%n", f(all.f1()),
                f(all.precision()), f(all.recall()), summary(r -> r.labelled().category().equals("buzzwords"))
                        .meanScore(), summary(r -> r.labelled().category().equals("confident-wrong")).meanScore(),
                f(all.spearman()), f(all.wrongCaughtRecall()), f(all.wrongCaughtPrecision())));
        return out.toString();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    /** Spearman's rho: Pearson's correlation of the ranks, ties sharing their mean rank. */
    static double spearman(double[] x, double[] y) {
        return x.length < 2 ? Double.NaN : pearson(ranks(x), ranks(y));
    }

    private static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] ranks = new double[v.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = mean;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElse(0);
        double my = java.util.Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
