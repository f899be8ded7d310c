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
        List<Sentences.Sentence> sentences = Sentences.of(answer);
        float[][] vectors = encoder.embed(sentences.stream().map(Sentences.Sentence::text).toList());
        List<Set<String>> sentenceTerms = sentences.stream().map(s -> terms.of(s.text())).toList();
        List<KeyPoint> covered = new ArrayList<>();
        List<KeyPoint> missed = new ArrayList<>();
        List<WrongClaim> wrong = new ArrayList<>();
        for (int p = 0; p < q.points().size(); p++) {
            PreparedPoint point = q.points().get(p);
            KeyPoint keyPoint = question.keyPoints().get(p);
            boolean credited = false;
            WrongClaim strongestWrong = null;
            float strongestWrongScore = Float.NEGATIVE_INFINITY;
            for (int s = 0; s < sentences.size(); s++) {
                Sentences.Sentence sentence = sentences.get(s);
                Match support = point.support(vectors[s], sentence.negated(), sentenceTerms.get(s), thresholds);
                Match claim = point.claim(vectors[s], sentence.negated(), thresholds);
                if (claim.score() >= thresholds.claim() && claim.score() >= support.meaning() + thresholds.claimMargin()
                        && !sentence.termList()) {
                    if (claim.score() > strongestWrongScore) {
                        strongestWrongScore = claim.score();
                        strongestWrong = new WrongClaim(keyPoint, sentence.text(),
                                keyPoint.misconceptions().get(claim.index()));
                    }
                    continue;
                }
                if (sentence.termList() || support.score() < thresholds.credit()) {
                    continue;
                }
                float asked = q.question(vectors[s]);
                if (asked >= thresholds.echo() && asked > support.meaning()) {
                    continue;
                }
                credited = true;
            }
            if (strongestWrong != null) {
                wrong.add(strongestWrong);
                missed.add(keyPoint);
            } else if (credited) {
                covered.add(keyPoint);
            } else {
                missed.add(keyPoint);
            }
        }
        return new Grade(covered, missed, wrong);
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
        texts.add(question.question());
        texts.addAll(question.aliases());
        float[][] vectors = encoder.embed(texts);
        List<PreparedPoint> points = new ArrayList<>();
        for (int[] r : ranges) {
            List<Reference> evidence = new ArrayList<>();
            for (int i = r[0]; i < r[1]; i++) {
                evidence.add(new Reference(vectors[i], Sentences.negated(texts.get(i)), terms.of(texts.get(i))));
            }
            List<Reference> claims = new ArrayList<>();
            for (int i = r[1]; i < r[2]; i++) {
                claims.add(new Reference(vectors[i], Sentences.negated(texts.get(i)), Set.of()));
            }
            points.add(new PreparedPoint(evidence, claims));
        }
        List<float[]> questionVectors = new ArrayList<>();
        for (int i = asked; i < texts.size(); i++) {
            questionVectors.add(vectors[i]);
        }
        return new PreparedQuestion(points, questionVectors);
    }

    /** How well a sentence matches: overall score, its meaning part, and which reference matched best. */
    record Match(float score, float meaning, int index) {
        static final Match NONE = new Match(Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, -1);
    }

    /** A sentence the grader compares with: its vector, whether it is negated, its terms. */
    record Reference(float[] vector, boolean negated, Set<String> terms) {
    }

    record PreparedPoint(List<Reference> evidence, List<Reference> claims) {

        Match support(float[] sentence, boolean negated, Set<String> sentenceTerms, Thresholds t) {
            Match best = Match.NONE;
            for (int i = 0; i < evidence.size(); i++) {
                Reference e = evidence.get(i);
                float meaning = SentenceEncoder.cosine(sentence, e.vector())
                        - (e.negated() == negated ? 0 : t.polarityPenalty());
                float score = meaning + t.wordWeight() * Terms.overlap(sentenceTerms, e.terms());
                if (score > best.score()) {
                    best = new Match(score, Math.max(meaning, best.meaning()), i);
                } else if (meaning > best.meaning()) {
                    best = new Match(best.score(), meaning, best.index());
                }
            }
            return best;
        }

        Match claim(float[] sentence, boolean negated, Thresholds t) {
            Match best = Match.NONE;
            for (int i = 0; i < claims.size(); i++) {
                Reference c = claims.get(i);
                float meaning = SentenceEncoder.cosine(sentence, c.vector())
                        - (c.negated() == negated ? 0 : t.polarityPenalty());
                if (meaning > best.score()) {
                    best = new Match(meaning, meaning, i);
                }
            }
            return best;
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
