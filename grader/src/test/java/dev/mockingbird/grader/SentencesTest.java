package dev.mockingbird.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> texts(String answer) {
        return Sentences.of(answer).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsAndLinesButNotAtDotsInsideWords() {
        assertEquals(List.of("Node.js runs on one thread, e.g. the event loop", "Use 1.5x the pool size"),
                texts("Node.js runs on one thread, e.g. the event loop. Use 1.5x the pool size!"));
        assertEquals(List.of("Cache hot reads", "Queue slow work"), texts("- **Cache** hot reads\n- Queue `slow` work"));
    }

    @Test
    void aSemicolonKeepsAClaimTogether() {
        assertEquals(List.of("scaling out is just adding servers; the app needs no change"),
                texts("scaling out is just adding servers; the app needs no change"));
    }

    @Test
    void aRunOnSentenceIsJudgedClauseByClause() {
        String runOn = "we store a counter and encode it in base62 so codes stay short, and we cache the hot links in "
                + "redis so redirects are fast, but we log every click to kafka so analytics never slow the redirect";
        assertTrue(texts(runOn).size() >= 3, texts(runOn).toString());
    }

    @Test
    void aBareListOfTermsIsNotASentence() {
        assertTrue(Sentences.of("redis, ttl, lru, write-through, cdn, hit ratio").getFirst().termList());
        assertTrue(Sentences.of("sharding and replication and cap theorem and stuff").getFirst().termList());
        assertFalse(Sentences.of("we shard by user id so each node holds a slice").getFirst().termList());
    }

    @Test
    void namesAddedWithPlusOrClosedWithEtcAreDroppedNotExplained() {
        // given lists opened by words that add names, or closed by vague endings ("general extenders")
        List<String> dropped = List.of("plus auth, queues, monitoring and all that",
                "then there's csrf, refresh tokens, revocation, all that",
                "you also get mtls, circuit breaking, tracing etc",
                "besides that, 1:1s, onboarding, psychological safety, the usual",
                "then obviously theres etags and idempotency keys too",
                "theres also public/private, no-store, vary, that kind of thing");
        // and sentences that explain, whatever they open or close with
        List<String> explained = List.of("there's a central control plane that pushes config and certs to the proxies",
                "plus the cache absorbs most reads so the database only sees the misses",
                "each consumer keeps its own offset, commits it after processing, and so on for every partition",
                "also, retries need idempotency keys or a payment could be charged twice");

        // then only the first are lists of terms
        dropped.forEach(s -> assertTrue(Sentences.of(s).getFirst().termList(), s));
        explained.forEach(s -> assertFalse(Sentences.of(s).getFirst().termList(), s));
    }

    @Test
    void negationAndOppositesTurnAStance() {
        Sentences.Stance capped = Sentences.stance("vertical scaling has a ceiling");
        assertTrue(Sentences.stance("vertical scaling has no ceiling").opposes(capped));
        assertTrue(Sentences.stance("keep the services stateful").opposes(Sentences.stance("keep services stateless")));
        assertFalse(Sentences.stance("it does not keep state, it is not stateful")
                .opposes(Sentences.stance("services are stateless")), "two flips cancel");
        assertFalse(Sentences.stance("vertical scaling has a hard ceiling").opposes(capped));
    }

    @Test
    void dismissingAThingSaysNoToIt() {
        Sentences.Stance locking = Sentences.stance("use a locking remote backend for the state");
        assertTrue(Sentences.stance("a locking backend is overkill for the state").opposes(locking));
        assertTrue(Sentences.stance("state locking is unnecessary, git merges it").opposes(locking));
    }

    @Property(tries = 300)
    void opposingIsSymmetric(@ForAll("stances") String a, @ForAll("stances") String b) {
        assertEquals(Sentences.stance(a).opposes(Sentences.stance(b)), Sentences.stance(b).opposes(Sentences.stance(a)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> stances() {
        return net.jqwik.api.Arbitraries.of("same", "different", "sync", "async", "not", "stateless", "stateful",
                "before", "after", "the", "cache").list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
    }

    @Property(tries = 300)
    void anyTextGivesBoundedSentencesOfAtLeastTwoWords(@ForAll @StringLength(max = 3000) String text) {
        List<Sentences.Sentence> sentences = Sentences.of(text);
        assertTrue(sentences.size() <= Sentences.MAX_SENTENCES);
        sentences.forEach(s -> assertTrue(Sentences.words(s.text()).size() >= 2, s.text()));
    }
}
