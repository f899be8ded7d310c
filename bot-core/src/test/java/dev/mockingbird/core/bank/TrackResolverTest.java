package dev.mockingbird.core.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackResolverTest {

    private static final Track JAVA = new Track("java", "Java & Spring", "The JVM and Spring.");
    private static final Track NODE = new Track("nodejs", "Node.js", "The Node.js runtime.");
    private static final Track SYSTEM_DESIGN = new Track("system-design", "System Design", "Designing systems.");

    private static Optional<String> slugOf(TrackResolver resolver, String typed) {
        return resolver.find(typed).map(Track::slug);
    }

    @Test
    void aSynonymWinsOverTheInitialsOfATrackLoadedBeforeIt() {
        // given "Java & Spring" (initials js) loaded before Node.js, whose synonym is js
        TrackResolver resolver = new TrackResolver(List.of(JAVA, NODE));
        // when someone types js, then they mean Node.js
        assertEquals(Optional.of("nodejs"), slugOf(resolver, "js"));
    }

    @Test
    void initialsStillFindATrackWhenNoSynonymClaimsThem() {
        TrackResolver resolver = new TrackResolver(List.of(JAVA, SYSTEM_DESIGN, NODE));
        assertEquals(Optional.of("system-design"), slugOf(resolver, "sd"));
    }

    @Test
    void theWordsPeopleUseForJavaAndGoFindThem() {
        Track go = new Track("go", "Go", "Goroutines and channels.");
        TrackResolver resolver = new TrackResolver(List.of(go, JAVA, NODE));
        assertEquals(Optional.of("go"), slugOf(resolver, "golang"));
        assertEquals(Optional.of("go"), slugOf(resolver, "Go"));
        assertEquals(Optional.of("java"), slugOf(resolver, "JVM"));
        assertEquals(Optional.of("java"), slugOf(resolver, "spring boot"));
    }
}
