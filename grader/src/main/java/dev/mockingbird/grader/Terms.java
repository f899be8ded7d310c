package dev.mockingbird.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The content words of a text as Lucene's English analysis sees them: lower case, the field's abbreviations expanded
 * ({@code k8s}, {@code db}, {@code pk}…), stop words dropped, Porter stems ({@code idempotency} and {@code idempotent}
 * meet).
 */
final class Terms implements AutoCloseable {

    /** Abbreviations candidates type, each with what it stands for. */
    private static final String[][] ABBREVIATIONS = {
            {"k8s", "kubernetes"}, {"db", "database"}, {"dbs", "databases"}, {"pk", "primary key"},
            {"fk", "foreign key"}, {"js", "javascript"}, {"ts", "typescript"}, {"auth", "authentication"},
            {"authn", "authentication"}, {"authz", "authorization"}, {"env", "environment"},
            {"config", "configuration"}, {"perf", "performance"}, {"msg", "message"}, {"msgs", "messages"},
            {"repo", "repository"}, {"req", "request"}, {"reqs", "requests"}, {"res", "response"},
            {"resp", "response"}, {"async", "asynchronous"}, {"sync", "synchronous"}, {"tx", "transaction"},
            {"txn", "transaction"}, {"txns", "transactions"}, {"lb", "load balancer"}, {"ttl", "time to live"},
            {"mem", "memory"}, {"rdbms", "relational database"}, {"fs", "file system"}, {"pw", "password"},
            {"pwd", "password"}, {"svc", "service"}, {"svcs", "services"}, {"ms", "milliseconds"},
            {"msvc", "microservice"}, {"deps", "dependencies"}, {"dep", "dependency"}, {"prod", "production"},
            {"infra", "infrastructure"}, {"idx", "index"}, {"param", "parameter"}, {"params", "parameters"},
            {"impl", "implementation"}, {"init", "initialize"}, {"app", "application"}, {"apps", "applications"},
            {"cert", "certificate"}, {"certs", "certificates"}, {"conn", "connection"}, {"conns", "connections"},
            {"mw", "middleware"}, {"o11y", "observability"}, {"i18n", "internationalization"},
            {"sproc", "stored procedure"}, {"ddl", "schema change"}, {"pubsub", "publish subscribe"},
            {"api", "interface"}, {"gc", "garbage collection"}, {"oom", "out of memory"},
    };

    /** Lucene's English stop words and the filler of spoken answers. */
    static final CharArraySet STOP_WORDS = stopWords();

    private final Analyzer analyzer = new Analyzer() {
        private final SynonymMap synonyms = synonyms();

        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new SynonymGraphFilter(stream, synonyms, true);
            stream = new EnglishPossessiveFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** The stems of a text's content words, in order of first appearance. */
    Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Reading a String cannot fail; an analyzer bug should still be loud.
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The share of {@code reference}'s terms that {@code candidate} also has, 0 to 1. */
    static float overlap(Set<String> candidate, Set<String> reference) {
        if (reference.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String term : reference) {
            if (candidate.contains(term)) {
                shared++;
            }
        }
        return (float) shared / reference.size();
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String w : new String[] {"i", "i'd", "i'm", "we", "you", "u", "my", "our", "your", "it's", "its", "so",
                "just", "basically", "like", "also", "really", "very", "can", "would", "could", "should", "do", "does",
                "did", "has", "have", "had", "get", "gets", "about", "some", "stuff", "thing", "things", "lot", "all",
                "more", "most", "which", "what", "when", "how", "from", "one", "us", "me", "ok", "yeah", "well"}) {
            set.add(w);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static SynonymMap synonyms() {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (String[] pair : ABBREVIATIONS) {
            builder.add(new CharsRef(pair[0]), SynonymMap.Builder.join(pair[1].split(" "), new CharsRefBuilder()),
                    true);
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
