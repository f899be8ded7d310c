package dev.mockingbird.core.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what people type into a track: {@code system-design}, {@code System Design}, {@code sd}, {@code mongo},
 * {@code sytem design}. Tried in order: exact key, a track key starting with the input, then the closest key within a
 * small edit distance, so a near-miss resolves but nonsense does not.
 */
final class TrackResolver {

    /** Words people use for well-known tracks; only those whose track exists in the bank take effect. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("system-design", List.of("sysdesign", "systems", "design", "hld")),
            Map.entry("nodejs", List.of("node", "js", "javascript", "node.js")),
            Map.entry("express", List.of("expressjs", "express.js")),
            Map.entry("databases", List.of("db", "dbs", "sql", "database", "postgres", "postgresql", "mysql", "rdbms")),
            Map.entry("mongodb", List.of("mongo", "nosql")),
            Map.entry("caching", List.of("cache", "redis", "memcached")),
            Map.entry("messaging", List.of("queues", "queue", "kafka", "rabbitmq", "mq", "events")),
            Map.entry("architecture", List.of("arch", "microservices", "patterns")),
            Map.entry("api-design", List.of("api", "apis", "rest", "graphql")),
            Map.entry("security", List.of("sec", "appsec", "auth", "owasp")),
            Map.entry("devops", List.of("ops", "docker", "kubernetes", "k8s", "cicd", "deployment")),
            Map.entry("networking", List.of("network", "http", "tcp", "dns")),
            Map.entry("testing-observability", List.of("testing", "tests", "observability", "monitoring", "o11y")),
            Map.entry("behavioral", List.of("behavioural", "behaviour", "behavior", "star", "soft-skills")),
            Map.entry("ai-backend", List.of("ai", "llm", "llms", "genai", "rag", "embeddings")),
            Map.entry("typescript", List.of("ts", "tsc")),
            Map.entry("python", List.of("py", "python3", "django", "fastapi")),
            Map.entry("privacy-compliance", List.of("privacy", "gdpr", "compliance", "pii")),
            Map.entry("java", List.of("jvm", "spring", "springboot", "spring-boot")),
            Map.entry("go", List.of("golang")),
            Map.entry("concurrency", List.of("threads", "threading", "async", "parallelism")),
            Map.entry("data-streaming", List.of("streaming", "streams", "flink", "cdc", "kafka-streams")));

    private final Map<String, Track> keys = new HashMap<>();

    TrackResolver(List<Track> tracks) {
        // Each kind of key is registered for every track before the next kind, so a track's slug or name always wins
        // over another track's synonym, and a synonym over another track's initials: "js" stays Node.js even when a
        // pack loaded earlier is named "Java & Spring".
        tracks.forEach(t -> keys.putIfAbsent(normalize(t.slug()), t));
        tracks.forEach(t -> keys.putIfAbsent(normalize(t.name()), t));
        tracks.forEach(t -> SYNONYMS.getOrDefault(t.slug(), List.of())
                .forEach(s -> keys.putIfAbsent(normalize(s), t)));
        tracks.forEach(t -> {
            keys.putIfAbsent(initials(t.name()), t);
            keys.putIfAbsent(initials(t.slug().replace('-', ' ')), t);
        });
        keys.remove("");
    }

    Optional<Track> find(String text) {
        String key = normalize(text);
        if (key.isEmpty() || key.length() > 60) {
            return Optional.empty();
        }
        Track exact = keys.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (key.length() >= 3) {
            List<Track> prefixed = keys.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(key)).map(Map.Entry::getValue).distinct().toList();
            if (prefixed.size() == 1) {
                return Optional.of(prefixed.getFirst());
            }
        }
        int allowed = key.length() >= 8 ? 2 : key.length() >= 4 ? 1 : 0;
        Track best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, Track> e : keys.entrySet()) {
            int d = EditDistance.between(key, e.getKey());
            if (d < bestDistance) {
                best = e.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && best != e.getValue()) {
                tie = true;
            }
        }
        return bestDistance <= allowed && !tie ? Optional.ofNullable(best) : Optional.empty();
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    }

    private static String initials(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+");
        if (words.length < 2) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }
}
