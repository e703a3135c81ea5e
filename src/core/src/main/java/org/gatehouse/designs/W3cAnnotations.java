package org.gatehouse.designs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatehouse.validation.InvalidInputException;

/**
 * Annotations in W3C Web Annotation form. What the browser sends is only read for its shape (a media-fragment
 * rectangle in pixels of the preview: a pin is a small one); what is stored is written here from that shape and the
 * comment, so nothing else a crafted request puts in the JSON is kept or shown to anyone.
 */
final class W3cAnnotations {

    private static final Pattern RECTANGLE = Pattern.compile("xywh=pixel:(\\d{1,6}(?:\\.\\d+)?),(\\d{1,6}(?:\\.\\d+)?),(\\d{1,6}(?:\\.\\d+)?),(\\d{1,6}(?:\\.\\d+)?)");

    private W3cAnnotations() {
    }

    /** The stored annotation of the drawn shape with the comment, or a clear refusal when there is no shape. */
    static String of(String drawn, String comment, String source) {
        String rectangle = rectangle(drawn);
        return Json.createObjectBuilder()
                .add("@context", "http://www.w3.org/ns/anno.jsonld")
                .add("type", "Annotation")
                .add("motivation", "commenting")
                .add("body", Json.createObjectBuilder().add("type", "TextualBody").add("value", comment).add("format", "text/plain"))
                .add("target", Json.createObjectBuilder().add("source", source)
                        .add("selector", Json.createObjectBuilder().add("type", "FragmentSelector")
                                .add("conformsTo", "http://www.w3.org/TR/media-frags/").add("value", rectangle)))
                .build().toString();
    }

    private static String rectangle(String drawn) {
        if (drawn != null && drawn.length() > LayerAnnotation.BODY_LENGTH) {
            throw new InvalidInputException("annotation", "That annotation is too large: please place a pin or draw a rectangle again.");
        }
        try {
            JsonObject annotation = Json.createReader(new StringReader(drawn == null ? "" : drawn)).readObject();
            JsonValue target = annotation.get("target");
            JsonValue selector = target instanceof JsonObject object ? object.get("selector") : null;
            for (JsonValue each : selector instanceof JsonArray array ? array : selector == null ? JsonArray.EMPTY_JSON_ARRAY
                    : Json.createArrayBuilder().add(selector).build()) {
                if (each instanceof JsonObject s && s.get("value") instanceof JsonString value) {
                    Matcher m = RECTANGLE.matcher(value.getString().strip().toLowerCase(Locale.ROOT));
                    if (m.matches() && Double.parseDouble(m.group(3)) > 0 && Double.parseDouble(m.group(4)) > 0) {
                        return "xywh=pixel:" + whole(m.group(1), 0) + "," + whole(m.group(2), 0) + "," + whole(m.group(3), 1) + "," + whole(m.group(4), 1);
                    }
                }
            }
        } catch (JsonParsingException | ClassCastException | IllegalStateException notAnAnnotation) {
            // refused below, like an annotation without a shape
        }
        throw new InvalidInputException("annotation", "Please click on the preview to place a pin, or drag to draw a rectangle.");
    }

    /** Whole pixels of the preview, at least {@code least} (a pin is never smaller than one). */
    private static long whole(String text, long least) {
        return Math.max(least, Math.round(Double.parseDouble(text)));
    }
}
