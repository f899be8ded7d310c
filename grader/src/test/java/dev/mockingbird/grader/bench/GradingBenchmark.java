package dev.mockingbird.grader.bench;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.grader.Graders;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Grading one 300-word answer with the built-in grader after warm-up (the question's evidence already prepared), on
 * one thread; sample mode gives the percentiles. Run with {@code ./mockingbird bench-grader}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GradingBenchmark {

    /** About 300 words, in a candidate's voice, for the URL shortener question. */
    public static final String ANSWER = """
            ok so first i'd size it. say 100 million new links a month and maybe a hundred reads for every write, so \
            redirects dominate and the whole thing is read heavy, a few thousand reads a second at peak, storage is \
            small, a few hundred bytes per link so a few terabytes over years. for the short code i'd not hash the \
            url, i'd hand out unique numeric ids from a counter, with ranges pre-allocated to each app server so \
            they dont fight over one sequence, and then turn the number into base62 letters and digits, seven \
            characters gives you trillions of codes. if you did want hashing, like md5 of the url cut to seven \
            chars, two urls can land on the same code so you have to check and retry on collision, which is extra \
            round trips. storage is basically a key value lookup, code to long url plus created time, owner and \
            expiry, so something like dynamo or cassandra or even postgres with the code as the primary key works \
            fine, no joins needed. the redirect path has to be fast so i'd keep hot codes in redis in front of the \
            store, popular links get most of the traffic so the hit rate is high, and you can put a cdn in front \
            too. for the response i'd pick 302 if the product wants click analytics since browsers cache a 301 and \
            you stop seeing repeat visits, and i'd log the click to a queue like kafka and count it asynchronously \
            so the redirect never waits on analytics. custom aliases just need a uniqueness check on insert, and \
            expired links get cleaned up by a background job. rate limit link creation per user to stop spam and \
            scan new urls against a malware list. for scale you shard the key value store by code and run many \
            stateless app servers behind a load balancer.""";

    private Grader grader;
    private Question question;

    @Setup
    public void setUp() {
        QuestionBank bank = QuestionBank.load(new URLClassLoader(new URL[0], null),
                Optional.of(Path.of(System.getProperty("mockingbird.packs", "../questions/src/main/resources/questions"))));
        question = bank.byId("system-design/url-shortener").orElseThrow();
        grader = Graders.builtIn();
        grader.grade(question, ANSWER);
    }

    @Benchmark
    public Grade gradeAThreeHundredWordAnswer() {
        return grader.grade(question, ANSWER);
    }
}
