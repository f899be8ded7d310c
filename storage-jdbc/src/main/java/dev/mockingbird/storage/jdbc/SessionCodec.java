package dev.mockingbird.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.session.SessionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Session states as small versioned JSON documents, so new states can be added without a schema change and an
 * unreadable row degrades to an idle session instead of breaking the person's chat.
 */
final class SessionCodec {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCodec.class);
    private static final int VERSION = 1;
    private final ObjectMapper mapper = new ObjectMapper();

    String encode(SessionState state) {
        ObjectNode node = mapper.createObjectNode().put("v", VERSION);
        switch (state) {
            case SessionState.Idle idle -> node.put("type", "idle").put("updatedAt", idle.updatedAt().toEpochMilli());
            case SessionState.Asking a -> {
                node.put("type", "asking").put("questionId", a.questionId()).put("level", a.level().slug())
                        .put("revealed", a.revealed()).put("askedAt", a.askedAt().toEpochMilli())
                        .put("updatedAt", a.updatedAt().toEpochMilli());
                a.track().ifPresent(t -> node.put("track", t));
                if (!a.covered().isEmpty()) {
                    a.covered().forEach(node.putArray("covered")::add);
                }
            }
            case SessionState.Interviewing i -> {
                node.put("type", "interview").put("index", i.index()).put("level", i.level().slug())
                        .put("startedAt", i.startedAt().toEpochMilli()).put("updatedAt", i.updatedAt().toEpochMilli());
                i.questionIds().forEach(node.putArray("questions")::add);
                var answered = node.putArray("answered");
                i.answered().forEach(points -> points.forEach(answered.addArray()::add));
                i.covered().forEach(node.putArray("covered")::add);
                i.track().ifPresent(t -> node.put("track", t));
            }
        }
        return node.toString();
    }

    /** Key points covered so far; sessions stored before answers accumulated have none. */
    private static Set<Integer> covered(JsonNode node) {
        Set<Integer> covered = new TreeSet<>();
        node.path("covered").forEach(i -> covered.add(i.asInt()));
        return covered;
    }

    private static SessionState interview(JsonNode node, Level level, Instant updatedAt) {
        List<String> questions = new ArrayList<>();
        node.path("questions").forEach(q -> questions.add(q.asText()));
        List<Set<Integer>> answered = new ArrayList<>();
        node.path("answered").forEach(points -> {
            Set<Integer> set = new TreeSet<>();
            points.forEach(p -> set.add(p.asInt()));
            answered.add(set);
        });
        return new SessionState.Interviewing(questions, node.path("index").asInt(), answered, covered(node),
                node.hasNonNull("track") ? Optional.of(node.get("track").asText()) : Optional.empty(), level,
                Instant.ofEpochMilli(node.path("startedAt").asLong()), updatedAt);
    }

    Optional<SessionState> decode(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node.path("v").asInt() != VERSION) {
                return Optional.empty();
            }
            Instant updatedAt = Instant.ofEpochMilli(node.path("updatedAt").asLong());
            return switch (node.path("type").asText()) {
                case "idle" -> Optional.of(new SessionState.Idle(updatedAt));
                case "asking" -> Level.parse(node.path("level").asText()).map(level -> new SessionState.Asking(
                        node.path("questionId").asText(),
                        node.hasNonNull("track") ? Optional.of(node.get("track").asText()) : Optional.empty(),
                        level, node.path("revealed").asBoolean(), covered(node),
                        Instant.ofEpochMilli(node.path("askedAt").asLong()), updatedAt));
                case "interview" -> Level.parse(node.path("level").asText()).map(level -> interview(node, level,
                        updatedAt));
                default -> Optional.empty();
            };
        } catch (JsonProcessingException e) {
            LOG.warn("Unreadable stored session, starting it afresh: {}", e.getOriginalMessage());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            LOG.warn("Inconsistent stored session, starting it afresh: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
