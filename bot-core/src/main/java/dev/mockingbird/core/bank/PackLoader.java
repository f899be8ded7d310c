package dev.mockingbird.core.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads question packs and checks every field, so a broken pack fails at start-up with a precise message. */
final class PackLoader {

    static final String RESOURCE_DIR = "questions";

    /** Track slugs ride on buttons and in 64-character columns; ids in 200-character ones. */
    static final int MAX_TRACK_LENGTH = 32;
    static final int MAX_ID_LENGTH = 200;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> PACK_FIELDS = Set.of("track", "name", "family", "description", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "level", "question", "aliases", "answer",
            "keyPoints", "followUps", "tags", "quiz");
    private static final Set<String> QUIZ_FIELDS = Set.of("question", "options", "answer", "explanation");
    private static final Set<String> KEY_POINT_FIELDS = Set.of("point", "keywords", "evidence", "misconceptions");
    private static final Set<String> MISCONCEPTION_FIELDS = Set.of("claim", "correction");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, String> idToFile = new LinkedHashMap<>();

    QuestionBank load(ClassLoader classLoader, Optional<Path> dir) {
        for (Path pack : classpathPacks(classLoader)) {
            readPack(pack, pack.getFileName().toString());
        }
        if (dir.isPresent()) {
            for (Path pack : directoryPacks(dir.get())) {
                readPack(pack, pack.toString());
            }
        }
        return new InMemoryBank(List.copyOf(tracks.values()), questions);
    }

    private static List<Path> directoryPacks(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BankException(dir.toString(), "-", "MOCKINGBIRD_QUESTIONS_DIR", "is not a readable folder");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new BankException(dir.toString(), "-", "MOCKINGBIRD_QUESTIONS_DIR", "cannot list: " + e.getMessage());
        }
    }

    /** Finds {@code questions/*.json} in every class path entry, whether a folder or a jar. */
    private static List<Path> classpathPacks(ClassLoader classLoader) {
        List<Path> packs = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(RESOURCE_DIR))) {
                Path folder = folderOf(url.toURI());
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(packs::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in question packs", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the built-in question packs", e);
        }
        return packs;
    }

    private static Path folderOf(URI uri) throws IOException {
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        return fs.provider().getPath(uri);
    }

    private void readPack(Path path, String file) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(path)) {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new BankException(file, "-", "(file)", "not valid JSON at line " + (loc == null ? "?" : loc.getLineNr())
                    + ", column " + (loc == null ? "?" : loc.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BankException(file, "-", "(file)", "cannot be read: " + e.getMessage());
        }
        if (!(root instanceof ObjectNode pack)) {
            throw new BankException(file, "-", "(file)", "must be a JSON object with track, name, description, questions");
        }
        unknownFields(pack, PACK_FIELDS, file, "-", "");
        String slug = text(pack, "track", file, "-", "");
        if (!SLUG.matcher(slug).matches()) {
            throw new BankException(file, "-", "track", "must be a lower-case slug like system-design");
        }
        if (slug.length() > MAX_TRACK_LENGTH) {
            // It travels on buttons (64 bytes in all on Telegram) and in stored rows.
            throw new BankException(file, "-", "track", "must be at most " + MAX_TRACK_LENGTH + " characters");
        }
        Track track = tracks.get(slug);
        if (track == null) {
            track = new Track(slug, text(pack, "name", file, "-", ""), optionalText(pack, "description", file, "-", ""),
                    optionalText(pack, "family", file, "-", ""));
            tracks.put(slug, track);
        }
        JsonNode list = pack.get("questions");
        if (list == null || !list.isArray()) {
            throw new BankException(file, "-", "questions", "must be a list of questions");
        }
        for (int i = 0; i < list.size(); i++) {
            questions.add(question(list.get(i), slug, file, i));
        }
    }

    private Question question(JsonNode node, String track, String file, int index) {
        String where = "questions[" + index + "]";
        if (!(node instanceof ObjectNode q)) {
            throw new BankException(file, where, "(question)", "must be an object");
        }
        String id = q.hasNonNull("id") && q.get("id").isTextual() ? q.get("id").asText() : where;
        unknownFields(q, QUESTION_FIELDS, file, id, "");
        text(q, "id", file, id, "");
        if (!id.startsWith(track + "/") || !SLUG.matcher(id.substring(track.length() + 1)).matches()) {
            throw new BankException(file, id, "id", "must be " + track + "/<lower-case-slug>");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new BankException(file, id.substring(0, 40) + "…", "id", "must be at most " + MAX_ID_LENGTH
                    + " characters (progress is stored against it)");
        }
        String previous = idToFile.putIfAbsent(id, file);
        if (previous != null) {
            throw new BankException(file, id, "id", "is already used in " + previous);
        }
        String levelText = text(q, "level", file, id, "");
        Level level = Level.parse(levelText).filter(l -> l.slug().equals(levelText)).orElseThrow(() ->
                new BankException(file, id, "level", "must be junior, mid or senior, not '" + levelText + "'"));
        JsonNode points = q.get("keyPoints");
        if (points == null || !points.isArray() || points.isEmpty()) {
            throw new BankException(file, id, "keyPoints", "must list at least one key point");
        }
        List<KeyPoint> keyPoints = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String field = "keyPoints[" + i + "].";
            if (!(points.get(i) instanceof ObjectNode p)) {
                throw new BankException(file, id, "keyPoints[" + i + "]", "must be an object with point and keywords");
            }
            unknownFields(p, KEY_POINT_FIELDS, file, id, field);
            List<String> keywords = strings(p, "keywords", file, id, field);
            if (keywords.isEmpty()) {
                throw new BankException(file, id, field + "keywords", "must list at least one keyword");
            }
            keyPoints.add(new KeyPoint(text(p, "point", file, id, field), keywords,
                    strings(p, "evidence", file, id, field), misconceptions(p, file, id, field)));
        }
        return new Question(id, track, level, text(q, "question", file, id, ""), strings(q, "aliases", file, id, ""),
                text(q, "answer", file, id, ""), keyPoints, strings(q, "followUps", file, id, ""),
                strings(q, "tags", file, id, ""), quiz(q.get("quiz"), file, id));
    }

    private static List<Misconception> misconceptions(ObjectNode point, String file, String id, String prefix) {
        JsonNode value = point.get("misconceptions");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new BankException(file, id, prefix + "misconceptions", "must be a list of {claim, correction}");
        }
        List<Misconception> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String field = prefix + "misconceptions[" + i + "]";
            if (!(value.get(i) instanceof ObjectNode m)) {
                throw new BankException(file, id, field, "must be an object with claim and correction");
            }
            unknownFields(m, MISCONCEPTION_FIELDS, file, id, field + ".");
            out.add(new Misconception(text(m, "claim", file, id, field + "."), text(m, "correction", file, id,
                    field + ".")));
        }
        return out;
    }

    private Optional<Quiz> quiz(JsonNode node, String file, String id) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode quiz)) {
            throw new BankException(file, id, "quiz", "must be an object");
        }
        unknownFields(quiz, QUIZ_FIELDS, file, id, "quiz.");
        List<String> options = strings(quiz, "options", file, id, "quiz.");
        if (options.size() < 2 || options.size() > 5) {
            throw new BankException(file, id, "quiz.options", "must have 2 to 5 options");
        }
        if (options.stream().map(String::strip).distinct().count() != options.size()) {
            throw new BankException(file, id, "quiz.options", "options must be distinct");
        }
        JsonNode answer = quiz.get("answer");
        if (answer == null || !answer.isInt() || answer.asInt() < 0 || answer.asInt() >= options.size()) {
            throw new BankException(file, id, "quiz.answer", "must be the index (0.." + (options.size() - 1)
                    + ") of the correct option");
        }
        return Optional.of(new Quiz(text(quiz, "question", file, id, "quiz."), options, answer.asInt(),
                text(quiz, "explanation", file, id, "quiz.")));
    }

    private static void unknownFields(ObjectNode node, Set<String> known, String file, String id, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new BankException(file, id, prefix + name, "is not a known field (expected one of "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    private static String text(JsonNode node, String name, String file, String id, String prefix) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BankException(file, id, prefix + name, value == null ? "is missing" : "must be non-empty text");
        }
        return value.asText().strip();
    }

    private static String optionalText(JsonNode node, String name, String file, String id, String prefix) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new BankException(file, id, prefix + name, "must be text");
        }
        return value.asText().strip();
    }

    private static List<String> strings(JsonNode node, String name, String file, String id, String prefix) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new BankException(file, id, prefix + name, "must be a list of text");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new BankException(file, id, prefix + name + "[" + i + "]", "must be non-empty text");
            }
            out.add(item.asText().strip());
        }
        return out;
    }
}
