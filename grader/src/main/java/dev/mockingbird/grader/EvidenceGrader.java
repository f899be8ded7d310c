package dev.mockingbird.grader;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Misconception;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.core.grading.WrongClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges an answer sentence by sentence. A sentence credits a key point when its meaning is close to one of the
 * point's evidence sentences (or the point itself), helped a little by shared words, unless:
 * <ul>
 *   <li>it is closer to one of the point's misconceptions: then it is a wrong claim, reported with its correction;</li>
 *   <li>it says no where the evidence says yes (or the other way round): meaning models barely see "not";</li>
 *   <li>it is a bare list of terms: naming a topic is not explaining it;</li>
 *   <li>it is closer to the question than to any evidence: asking the question back is not answering it.</li>
 * </ul>
 * The vectors of a question's evidence are computed once and kept, so grading costs one model pass over the answer.
 */
final class EvidenceGrader implements Grader {

    /** How much nearer the question than the evidence a sentence must be to count as the question said back. */
    private static final float ECHO_MARGIN = 0.05f;

    private final SentenceEncoder encoder;
    private final Terms terms;
    private final Thresholds thresholds;
    private final Cache<String, PreparedQuestion> prepared;

    EvidenceGrader(SentenceEncoder encoder, Terms terms, Thresholds thresholds) {
        this.encoder = encoder;
        this.terms = terms;
        this.thresholds = thresholds;
        // A bank has hundreds of questions; all of them fit, and a pack reload brings new Question objects anyway.
        this.prepared = Caffeine.newBuilder().maximumSize(20_000).build();
    }

    @Override
    public Grade grade(Question question, String answer) {
        PreparedQuestion q = prepared.get(question.id() + '\u0000' + question.hashCode(), k -> prepare(question));
        // A sentence of fewer than two content words ("ok so first", "yes") cannot make a point on its own, and a
        // question ("is a gateway just a reverse proxy?") asks rather than answers.
        List<Sentences.Sentence> sentences = Sentences.of(answer).stream()
                .filter(s -> !s.question() && terms.of(s.text()).size() >= 2).toList();
        float[][] vectors = encoder.embed(sentences.stream().map(Sentences.Sentence::text).toList());
        int points = q.points().size();
        boolean[] credited = new boolean[points];
        WrongClaim[] wrongs = new WrongClaim[points];
        float[] wrongScores = new float[points];
        for (int s = 0; s < sentences.size(); s++) {
            Sentences.Sentence sentence = sentences.get(s);
            Set<String> sentenceTerms = terms.of(sentence.text());
            float asked = q.question(vectors[s]);
            Match[] support = new Match[points];
            Match[] claims = new Match[points];
            // The surest wrong claim this sentence makes about any point of the question.
            float surestClaim = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < points; p++) {
                claims[p] = q.points().get(p).claim(vectors[s], sentence.stance(), thresholds);
                if (claims[p].index() >= 0) {
                    surestClaim = Math.max(surestClaim, claims[p].score());
                }
            }
            float best = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < points; p++) {
                PreparedPoint point = q.points().get(p);
                support[p] = point.support(vectors[s], sentence.stance(), sentenceTerms, thresholds);
                Match claim = claims[p];
                if (surestClaim >= support[p].meaning() + thresholds.claimMargin()) {
                    // A sentence that states a known wrong belief about one point teaches nothing true about a
                    // neighbouring point either, however many of its words it shares.
                    support[p] = Match.NONE;
                }
                if (sentence.termList()) {
                    // A list of terms claims nothing; it names what a point is about only when it is nearly the
                    // point's own evidence ("Examples: Istio, Linkerd, Consul"), never by being on topic.
                    if (support[p].meaning() < thresholds.listCredit()) {
                        support[p] = Match.NONE;
                    }
                } else if (claim.index() >= 0 && claim.score() >= support[p].meaning() + thresholds.claimMargin()) {
                    if (wrongs[p] == null || claim.score() > wrongScores[p]) {
                        KeyPoint keyPoint = question.keyPoints().get(p);
                        wrongs[p] = new WrongClaim(keyPoint, sentence.text(),
                                keyPoint.misconceptions().get(claim.index()));
                        wrongScores[p] = claim.score();
                    }
                    support[p] = Match.NONE;
                } else if (claim.meaning() >= support[p].meaning()) {
                    // Nearer a known wrong belief than to anything true about the point: no credit either way.
                    support[p] = Match.NONE;
                }
                best = Math.max(best, support[p].score());
            }
            for (int p = 0; p < points; p++) {
                Match m = support[p];
                // Points of one question share a topic: a sentence credits the points it is closest to, not every
                // point it is somewhat near (unless it nearly says a point's evidence: a sentence can make two
                // points); and saying the question back is not answering it.
                if (m.score() >= thresholds.credit()
                        && (m.score() >= best - thresholds.nearBest() || m.meaning() >= thresholds.listCredit())
                        && !(asked >= thresholds.echo() && asked > m.meaning() + ECHO_MARGIN)) {
                    credited[p] = true;
                }
            }
        }
        List<KeyPoint> covered = new ArrayList<>();
        List<KeyPoint> missed = new ArrayList<>();
        List<WrongClaim> wrong = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            KeyPoint keyPoint = question.keyPoints().get(p);
            if (wrongs[p] != null) {
                wrong.add(wrongs[p]);
                missed.add(keyPoint);
            } else if (credited[p]) {
                covered.add(keyPoint);
            } else {
                missed.add(keyPoint);
            }
        }
        return new Grade(covered, missed, wrong);
    }

    /** The prepared form of a question, for development tools in this package. */
    PreparedQuestion prepareForTest(Question question) {
        return prepare(question);
    }

    private PreparedQuestion prepare(Question question) {
        List<String> texts = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (KeyPoint point : question.keyPoints()) {
            int start = texts.size();
            texts.add(point.point());
            texts.addAll(point.evidence());
            int claims = texts.size();
            point.misconceptions().stream().map(Misconception::claim).forEach(texts::add);
            ranges.add(new int[] {start, claims, texts.size()});
        }
        int asked = texts.size();
        // The question and its other wordings, whole and sentence by sentence, so any part pasted back is known.
        List<String> wordings = new ArrayList<>(question.aliases());
        wordings.addFirst(question.question());
        for (String wording : wordings) {
            texts.add(wording);
            Sentences.of(wording).stream().map(Sentences.Sentence::text).filter(t -> !t.equals(wording))
                    .forEach(texts::add);
        }
        int model = texts.size();
        Sentences.of(question.answer()).stream().map(Sentences.Sentence::text).forEach(texts::add);
        float[][] vectors = encoder.embed(texts);
        List<Reference> truths = new ArrayList<>();
        for (int p = 0; p < ranges.size(); p++) {
            for (int i = ranges.get(p)[0]; i < ranges.get(p)[1]; i++) {
                truths.add(new Reference(texts.get(i), vectors[i], Sentences.stance(texts.get(i)), Set.of(), 0));
            }
        }
        for (int i = model; i < texts.size(); i++) {
            truths.add(new Reference(texts.get(i), vectors[i], Sentences.stance(texts.get(i)), Set.of(), 0));
        }
        List<Set<String>> bags = new ArrayList<>();
        for (int p = 0; p < ranges.size(); p++) {
            Set<String> bag = new java.util.HashSet<>();
            for (int i = ranges.get(p)[0]; i < ranges.get(p)[1]; i++) {
                bag.addAll(terms.of(texts.get(i)));
            }
            question.keyPoints().get(p).keywords().forEach(k -> bag.addAll(terms.of(k)));
            bags.add(bag);
        }
        List<PreparedPoint> points = new ArrayList<>();
        for (int p = 0; p < ranges.size(); p++) {
            int[] r = ranges.get(p);
            List<Reference> evidence = new ArrayList<>();
            for (int i = r[0]; i < r[1]; i++) {
                evidence.add(new Reference(texts.get(i), vectors[i], Sentences.stance(texts.get(i)),
                        terms.of(texts.get(i)), 0));
            }
            List<Reference> claims = new ArrayList<>();
            for (int i = r[1]; i < r[2]; i++) {
                // A claim counts only for sentences closer to it than any true sentence of the question is (its
                // evidence, the model answer): a claim that reads almost like a truth must be matched almost exactly.
                Sentences.Stance stance = Sentences.stance(texts.get(i));
                float nearestTruth = Float.NEGATIVE_INFINITY;
                for (Reference truth : truths) {
                    nearestTruth = Math.max(nearestTruth, truth.closeness(vectors[i], stance, thresholds));
                }
                claims.add(new Reference(texts.get(i), vectors[i], stance, Set.of(),
                        Math.max(thresholds.claim(), nearestTruth + thresholds.claimMargin())));
            }
            // A term weighs by how much it singles this point out among the question's points.
            java.util.Map<String, Float> weights = new java.util.HashMap<>();
            for (String term : bags.get(p)) {
                long sharing = bags.stream().filter(b -> b.contains(term)).count();
                weights.put(term, 1f / sharing);
            }
            points.add(new PreparedPoint(evidence, claims, weights));
        }
        List<float[]> questionVectors = new ArrayList<>();
        for (int i = asked; i < model; i++) {
            questionVectors.add(vectors[i]);
        }
        return new PreparedQuestion(points, questionVectors);
    }

    /**
     * How well a sentence matches: its score, and which reference matched best. For evidence, {@code meaning} is the
     * closeness of meaning without the word bonus; for misconceptions, the score is the closest claim whose bar the
     * sentence clears and {@code meaning} the closeness to the nearest claim, bar or no bar.
     */
    record Match(float score, float meaning, int index) {
        static final Match NONE = new Match(Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, -1);
    }

    /**
     * A sentence the grader compares with: its vector, stance and terms, and for a misconception the closeness a
     * sentence needs to count as making it.
     */
    record Reference(String text, float[] vector, Sentences.Stance stance, Set<String> terms, float bar) {

        /** Closeness of meaning, less the penalty when the two say opposite things. */
        float closeness(float[] other, Sentences.Stance otherStance, Thresholds t) {
            return SentenceEncoder.cosine(other, vector) - (stance.opposes(otherStance) ? t.polarityPenalty() : 0);
        }
    }

    record PreparedPoint(List<Reference> evidence, List<Reference> claims, java.util.Map<String, Float> weights) {

        Match support(float[] sentence, Sentences.Stance stance, Set<String> sentenceTerms, Thresholds t) {
            float sum = 0;
            for (String term : sentenceTerms) {
                sum += weights.getOrDefault(term, 0f);
            }
            // Two terms only this point uses say as much as words can; more add nothing.
            float words = Math.min(1f, sum / 2);
            float bestScore = Float.NEGATIVE_INFINITY;
            float bestMeaning = Float.NEGATIVE_INFINITY;
            int bestIndex = -1;
            for (int i = 0; i < evidence.size(); i++) {
                float meaning = evidence.get(i).closeness(sentence, stance, t);
                float score = meaning + t.wordWeight() * words;
                if (score > bestScore) {
                    bestScore = score;
                    bestIndex = i;
                }
                bestMeaning = Math.max(bestMeaning, meaning);
            }
            return new Match(bestScore, bestMeaning, bestIndex);
        }

        Match claim(float[] sentence, Sentences.Stance stance, Thresholds t) {
            int index = -1;
            float cleared = Float.NEGATIVE_INFINITY;
            float nearest = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < claims.size(); i++) {
                Reference c = claims.get(i);
                float closeness = c.closeness(sentence, stance, t);
                // Measured against the claim's own bar, so a claim worded nearly like a truth blocks nothing true.
                nearest = Math.max(nearest, closeness - (c.bar() - t.claim()));
                // Of the claims this sentence clears the bar of, the closest.
                if (closeness >= c.bar() && closeness > cleared) {
                    cleared = closeness;
                    index = i;
                }
            }
            return new Match(cleared, nearest, index);
        }
    }

    record PreparedQuestion(List<PreparedPoint> points, List<float[]> asked) {

        float question(float[] sentence) {
            float best = Float.NEGATIVE_INFINITY;
            for (float[] v : asked) {
                best = Math.max(best, SentenceEncoder.cosine(sentence, v));
            }
            return best;
        }
    }
}
