package dev.mockingbird.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The language-model grader against a fake OpenAI-compatible server over real HTTP on 127.0.0.1. */
class LlmGraderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Question SCALING = new Question("system-design/scaling", "system-design", Level.MID,
            "Vertical or horizontal scaling?", List.of(), "Model answer.",
            List.of(new KeyPoint("Vertical scaling has a ceiling", List.of("ceiling")),
                    new KeyPoint("Horizontal scaling needs stateless services", List.of("stateless")),
                    new KeyPoint("Load balancer spreads traffic", List.of("load balancer"))),
            List.of(), List.of(), Optional.empty());
    private static final Grade FALLBACK = new Grade(List.of(), SCALING.keyPoints());
    private static final Grader BUILT_IN = (question, answer) -> FALLBACK;

    private HttpServer server;
    private final AtomicReference<JsonNode> lastRequest = new AtomicReference<>();

    private LlmSettings serve(int status, String content, Duration delay, Duration timeout) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            lastRequest.set(JSON.readTree(exchange.getRequestBody()));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = JSON.writeValueAsBytes(JSON.createObjectNode().put("id", "c1")
                    .put("object", "chat.completion").put("created", 1).put("model", "judge")
                    .set("choices", JSON.createArrayNode().add(JSON.createObjectNode().put("index", 0)
                            .put("finish_reason", "stop").set("message", JSON.createObjectNode()
                                    .put("role", "assistant").put("content", content)))));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new LlmSettings(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"), "judge",
                Optional.of("sk-test"), timeout);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theModelsVerdictPerPointBecomesTheGradeWithItsCritique() throws IOException {
        // given a model that finds point 0 wrong, point 1 covered and point 2 only partly there
        String verdict = """
                {"points": [
                  {"index": 0, "verdict": "wrong", "reason": "One machine is capped by the biggest box you can buy.",
                   "said": "vertical scaling has no limit"},
                  {"index": 1, "verdict": "covered", "reason": "Explains why state must leave the servers.", "said": ""},
                  {"index": 2, "verdict": "partly", "reason": "Names a load balancer, says nothing of it.", "said": ""}
                ], "critique": "Good on statelessness; rethink the limits of one machine."}""";
        Grader grader = LlmGrader.of(serve(200, verdict, Duration.ZERO, Duration.ofSeconds(5)), BUILT_IN);
        // when an answer is graded
        Grade grade = grader.grade(SCALING, "vertical scaling has no limit, and servers must keep no session state");
        // then covered, partly (not credited) and wrong follow the verdicts, and the critique comes along
        assertEquals(List.of(SCALING.keyPoints().get(1)), grade.covered());
        assertEquals(1, grade.wrong().size());
        assertEquals("vertical scaling has no limit", grade.wrong().getFirst().said());
        assertEquals("One machine is capped by the biggest box you can buy.",
                grade.wrong().getFirst().misconception().correction());
        assertEquals(Optional.of("Good on statelessness; rethink the limits of one machine."), grade.critique());
        // and the request asked for structured output with every key point and the answer fenced off
        JsonNode request = lastRequest.get();
        assertEquals("json_schema", request.path("response_format").path("type").asText(), request.toString());
        String prompt = request.path("messages").get(1).path("content").asText();
        assertTrue(prompt.contains("2. Load balancer spreads traffic") && prompt.contains("<<<\nvertical scaling"),
                prompt);
    }

    @Test
    void aReplyThatIsNotTheAskedJsonFallsBackToTheBuiltInGrader() throws IOException {
        Grader grader = LlmGrader.of(serve(200, "Sure! The candidate did well.", Duration.ZERO,
                Duration.ofSeconds(5)), BUILT_IN);
        assertSame(FALLBACK, grader.grade(SCALING, "an answer"));
    }

    @Test
    void aVerdictForAPointThatDoesNotExistFallsBack() throws IOException {
        Grader grader = LlmGrader.of(serve(200, "{\"points\": [{\"index\": 9, \"verdict\": \"covered\", "
                + "\"reason\": \"\", \"said\": \"\"}], \"critique\": \"\"}", Duration.ZERO, Duration.ofSeconds(5)),
                BUILT_IN);
        assertSame(FALLBACK, grader.grade(SCALING, "an answer"));
    }

    @Test
    void aServerErrorFallsBack() throws IOException {
        Grader grader = LlmGrader.of(serve(500, "{}", Duration.ZERO, Duration.ofSeconds(5)), BUILT_IN);
        assertSame(FALLBACK, grader.grade(SCALING, "an answer"));
    }

    @Test
    void aModelSlowerThanTheTimeoutFallsBack() throws IOException {
        Grader grader = LlmGrader.of(serve(200, "{}", Duration.ofSeconds(3), Duration.ofMillis(300)), BUILT_IN);
        assertSame(FALLBACK, grader.grade(SCALING, "an answer"));
    }

    @Test
    void settingsNeverShowTheKey() {
        String shown = new LlmSettings(URI.create("http://127.0.0.1:1/v1"), "m", Optional.of("sk-secret"),
                Duration.ofSeconds(1)).toString();
        assertTrue(!shown.contains("sk-secret") && shown.contains("***"), shown);
    }
}
