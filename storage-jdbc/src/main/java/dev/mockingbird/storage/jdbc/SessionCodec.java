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
                node.put("type", "interview").put("length", i.length()).put("level", i.level().slug())
                        .put("startedAt", i.startedAt().toEpochMilli()).put("updatedAt", i.updatedAt().toEpochMilli());
                i.questionIds().forEach(node.putArray("questions")::add);
                var answers = node.putArray("answers");
                for (SessionState.Answered a : i.all()) {
                    ObjectNode answer = answers.addObject().put("said", a.answered());
                    a.covered().forEach(answer.putArray("covered")::add);
                    var wrong = answer.putArray("wrong");
                    a.wrong().forEach(w -> wrong.addObject().put("point", w.point()).put("said", w.said())
                            .put("correction", w.correction()));
                    a.followUp().ifPresent(f -> answer.putObject("followUp").put("point", f.point())
                            .put("prompt", f.prompt()));
                }
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
        Optional<String> track = node.hasNonNull("track") ? Optional.of(node.get("track").asText()) : Optional.empty();
        Instant startedAt = Instant.ofEpochMilli(node.path("startedAt").asLong());
        List<SessionState.Answered> answers = new ArrayList<>();
        if (!node.has("length")) {
            // Stored before interviews adapted: the whole plan up front, "answered" as covered points per question.
            int index = node.path("index").asInt();
            node.path("answered").forEach(points -> answers.add(answered(points)));
            answers.add(answered(node.path("covered")));
            if (index < 0 || index >= questions.size() || answers.size() != index + 1) {
                throw new IllegalArgumentException("interview at " + index + " of " + questions.size());
            }
            return new SessionState.Interviewing(questions.subList(0, index + 1), questions.size(),
                    answers.subList(0, index), answers.getLast(), track, level, startedAt, updatedAt);
        }
        for (JsonNode a : node.path("answers")) {
            List<SessionState.Correction> wrong = new ArrayList<>();
            a.path("wrong").forEach(w -> wrong.add(new SessionState.Correction(w.path("point").asInt(),
                    w.path("said").asText(), w.path("correction").asText())));
            JsonNode f = a.path("followUp");
            answers.add(new SessionState.Answered(a.path("said").asBoolean(), covered(a), wrong, f.isObject()
                    ? Optional.of(new SessionState.FollowUp(f.path("point").asInt(), f.path("prompt").asText()))
                    : Optional.empty()));
        }
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("interview with no answers recorded");
        }
        return new SessionState.Interviewing(questions, node.path("length").asInt(), answers.subList(0,
                answers.size() - 1), answers.getLast(), track, level, startedAt, updatedAt);
    }

    private static SessionState.Answered answered(JsonNode points) {
        Set<Integer> set = new TreeSet<>();
        points.forEach(p -> set.add(p.asInt()));
        return new SessionState.Answered(!set.isEmpty(), set, List.of(), Optional.empty());
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
