package dev.mockingbird.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockingbird.core.chat.Audience;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.storage.StorageException;
import java.util.ArrayList;
import java.util.List;

/**
 * Replies held for delivery as small versioned JSON documents. Written and read within minutes by instances of one
 * release, so an unreadable document is a storage error rather than something to degrade around.
 */
final class ReplyCodec {

    private static final int VERSION = 1;
    private final ObjectMapper mapper = new ObjectMapper();

    String encode(List<Reply> replies) {
        ObjectNode root = mapper.createObjectNode().put("v", VERSION);
        ArrayNode out = root.putArray("replies");
        for (Reply reply : replies) {
            ObjectNode node = out.addObject();
            switch (reply) {
                case Reply.Send send -> {
                    node.put("type", "send").put("audience", send.audience().name());
                    send.replyTo().ifPresent(id -> node.put("replyTo", id));
                    text(node.putArray("text"), send.text());
                    buttons(node.putArray("buttons"), send.buttons());
                }
                case Reply.Edit edit -> {
                    node.put("type", "edit");
                    text(node.putArray("text"), edit.text());
                    buttons(node.putArray("buttons"), edit.buttons());
                }
                case Reply.Notice notice -> node.put("type", "notice").put("text", notice.text());
            }
        }
        return root.toString();
    }

    List<Reply> decode(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            if (root.path("v").asInt() != VERSION) {
                throw new StorageException("held replies of unknown version " + root.path("v"));
            }
            List<Reply> replies = new ArrayList<>();
            for (JsonNode node : root.path("replies")) {
                replies.add(switch (node.path("type").asText()) {
                    case "send" -> new Reply.Send(text(node.path("text")), buttons(node.path("buttons")),
                            Audience.valueOf(node.path("audience").asText()),
                            node.hasNonNull("replyTo") ? java.util.Optional.of(node.path("replyTo").asText())
                                    : java.util.Optional.empty());
                    case "edit" -> new Reply.Edit(text(node.path("text")), buttons(node.path("buttons")));
                    case "notice" -> new Reply.Notice(node.path("text").asText());
                    default -> throw new StorageException("held reply of unknown type " + node.path("type"));
                });
            }
            return List.copyOf(replies);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StorageException("unreadable held replies: " + e.getMessage(), e);
        }
    }

    private static void text(ArrayNode out, RichText text) {
        for (RichText.Block block : text.blocks()) {
            block(out.addObject(), block);
        }
    }

    private static void block(ObjectNode node, RichText.Block block) {
        switch (block) {
            case RichText.Paragraph p -> spans(node.put("type", "p").putArray("spans"), p.spans());
            case RichText.Bullets b -> {
                node.put("type", "ul").put("ordered", b.ordered()).put("start", b.start());
                ArrayNode items = node.putArray("items");
                b.items().forEach(item -> spans(items.addArray(), item));
            }
            case RichText.CodeBlock c -> node.put("type", "code").put("language", c.language()).put("code", c.code());
            case RichText.Hidden h -> {
                ArrayNode inner = node.put("type", "hidden").putArray("blocks");
                h.blocks().forEach(b -> block(inner.addObject(), b));
            }
        }
    }

    private static void spans(ArrayNode out, List<RichText.Span> spans) {
        for (RichText.Span span : spans) {
            switch (span) {
                case RichText.Plain s -> out.addObject().put("t", "plain").put("text", s.text());
                case RichText.Bold s -> out.addObject().put("t", "bold").put("text", s.text());
                case RichText.Italic s -> out.addObject().put("t", "italic").put("text", s.text());
                case RichText.Code s -> out.addObject().put("t", "code").put("text", s.text());
                case RichText.Mention s -> out.addObject().put("t", "mention").put("text", s.fallback())
                        .put("group", s.groupId());
            }
        }
    }

    private static void buttons(ArrayNode out, List<Button> buttons) {
        buttons.forEach(b -> out.addObject().put("label", b.label()).put("data", b.data())
                .put("command", b.command()).put("kind", b.kind().name()));
    }

    private static RichText text(JsonNode blocks) {
        List<RichText.Block> out = new ArrayList<>();
        blocks.forEach(b -> out.add(block(b)));
        return new RichText(out);
    }

    private static RichText.Block block(JsonNode node) {
        return switch (node.path("type").asText()) {
            case "p" -> new RichText.Paragraph(spans(node.path("spans")));
            case "ul" -> {
                List<List<RichText.Span>> items = new ArrayList<>();
                node.path("items").forEach(item -> items.add(spans(item)));
                yield new RichText.Bullets(items, node.path("ordered").asBoolean(), node.path("start").asInt());
            }
            case "code" -> new RichText.CodeBlock(node.path("language").asText(), node.path("code").asText());
            case "hidden" -> {
                List<RichText.Block> inner = new ArrayList<>();
                node.path("blocks").forEach(b -> inner.add(block(b)));
                yield new RichText.Hidden(inner);
            }
            default -> throw new StorageException("held text block of unknown type " + node.path("type"));
        };
    }

    private static List<RichText.Span> spans(JsonNode nodes) {
        List<RichText.Span> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            String text = node.path("text").asText();
            out.add(switch (node.path("t").asText()) {
                case "plain" -> new RichText.Plain(text);
                case "bold" -> new RichText.Bold(text);
                case "italic" -> new RichText.Italic(text);
                case "code" -> new RichText.Code(text);
                case "mention" -> new RichText.Mention(node.path("group").asText(), text);
                default -> throw new StorageException("held text span of unknown type " + node.path("t"));
            });
        }
        return out;
    }

    private static List<Button> buttons(JsonNode nodes) {
        List<Button> out = new ArrayList<>();
        nodes.forEach(b -> out.add(new Button(b.path("label").asText(), b.path("data").asText(),
                b.path("command").asText(), Button.Kind.valueOf(b.path("kind").asText()))));
        return out;
    }
}
