package org.interdict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the entities and events of a gold file or a prediction (both have the SCHEMA.md shape) into
 * typed values, failing on the first field of the wrong shape with its JSON path.
 *
 * <p>Rules, the same for gold and predictions: every event field that the scorer reads ({@code type,
 * modality, evidence, date, authority, location, vessel, aircraft, cargo, declaredCargo, origin,
 * destination, instruments, attribution}) must be present (null or [] when empty); {@code id} and
 * {@code confidence} may be missing; unknown fields are ignored (the schema grows by adding fields).
 * Entities need {@code type, text, start, end}, and the text must be as long as its span. Country
 * codes are three upper-case letters, date values ISO at year, month or day precision or a range of
 * those. Stateless.
 */
final class AnnotationReader {

    static final String[] EVENT_FIELDS = {"type", "modality", "evidence", "date", "authority", "location",
        "vessel", "aircraft", "cargo", "declaredCargo", "origin", "destination", "instruments",
        "attribution"};

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    // ISO 8601 at year, month, day or week precision ("2013-W30" for "last week")
    private static final String ISO = "\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?";
    private static final Pattern DATE_VALUE = Pattern.compile(ISO + "(/" + ISO + ")?");

    private AnnotationReader() {
    }

    /** A field of the wrong shape, with its JSON path ("events[2].cargo[0].quantity"). */
    static final class FormatProblem extends Exception {
        private static final long serialVersionUID = 1L;

        FormatProblem(String path, String reason) {
            super(path + ": " + reason);
        }
    }

    static String requiredText(JsonNode object, String field, String path) throws FormatProblem {
        JsonNode value = object.get(field);
        if (value == null || !value.isTextual()) {
            throw new FormatProblem(join(path, field), "expected a string, got " + describe(value));
        }
        return value.textValue();
    }

    static String optionalText(JsonNode object, String field, String path) throws FormatProblem {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new FormatProblem(join(path, field), "expected a string or null, got " + describe(value));
        }
        return value.textValue();
    }

    static JsonNode requiredArray(JsonNode object, String field, String path) throws FormatProblem {
        JsonNode value = object.get(field);
        if (value == null || !value.isArray()) {
            throw new FormatProblem(join(path, field), "expected an array, got " + describe(value));
        }
        return value;
    }

    static List<Mention> mentions(JsonNode array, String path) throws FormatProblem {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode node = object(array.get(i), at);
            String typeName = requiredText(node, "type", at);
            EntityType type = enumValue(EntityType.class, typeName, join(at, "type"));
            String text = requiredText(node, "text", at);
            Span span = span(node, at);
            if (text.length() != span.length()) {
                throw new FormatProblem(at, "text \"" + text + "\" has " + text.length()
                        + " characters but start/end " + span + " cover " + span.length());
            }
            mentions.add(new Mention(type, text, span, optionalText(node, "id", at)));
        }
        return mentions;
    }

    static List<AnnotatedEvent> events(JsonNode array, String docId, String path) throws FormatProblem {
        List<AnnotatedEvent> events = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            events.add(event(array.get(i), docId, path + "[" + i + "]"));
        }
        return events;
    }

    private static AnnotatedEvent event(JsonNode raw, String docId, String at) throws FormatProblem {
        JsonNode node = object(raw, at);
        for (String field : EVENT_FIELDS) {
            if (!node.has(field)) {
                throw new FormatProblem(join(at, field), "missing (SCHEMA.md: fields are never omitted; "
                        + "use null or [])");
            }
        }
        String id = optionalText(node, "id", at);
        if (id == null) {
            id = docId + "#" + at;
        }
        EventType type = enumValue(EventType.class, requiredText(node, "type", at), join(at, "type"));
        Modality modality = enumValue(Modality.class, requiredText(node, "modality", at), join(at, "modality"));

        JsonNode evidenceArray = requiredArray(node, "evidence", at);
        if (evidenceArray.isEmpty()) {
            throw new FormatProblem(join(at, "evidence"), "an event needs at least one evidence span");
        }
        List<Span> evidence = new ArrayList<>();
        for (int j = 0; j < evidenceArray.size(); j++) {
            String spanAt = join(at, "evidence") + "[" + j + "]";
            evidence.add(span(object(evidenceArray.get(j), spanAt), spanAt));
        }

        AnnotatedEvent.DateValue date = null;
        JsonNode dateNode = nullableObject(node, "date", at);
        if (dateNode != null) {
            String dateAt = join(at, "date");
            String value = optionalText(dateNode, "value", dateAt);
            if (value != null && !DATE_VALUE.matcher(value).matches()) {
                throw new FormatProblem(join(dateAt, "value"), "\"" + value
                        + "\" is not an ISO date at year, month, week or day precision or a range of those");
            }
            date = new AnnotatedEvent.DateValue(requiredText(dateNode, "text", dateAt), value);
        }

        AnnotatedEvent.Vessel vessel = null;
        JsonNode vesselNode = nullableObject(node, "vessel", at);
        if (vesselNode != null) {
            String vesselAt = join(at, "vessel");
            vessel = new AnnotatedEvent.Vessel(requiredText(vesselNode, "text", vesselAt),
                    optionalText(vesselNode, "name", vesselAt), country(vesselNode, "flag", vesselAt),
                    scalarText(vesselNode, "imo", vesselAt));
        }

        AnnotatedEvent.Aircraft aircraft = null;
        JsonNode aircraftNode = nullableObject(node, "aircraft", at);
        if (aircraftNode != null) {
            String aircraftAt = join(at, "aircraft");
            aircraft = new AnnotatedEvent.Aircraft(requiredText(aircraftNode, "text", aircraftAt),
                    optionalText(aircraftNode, "type", aircraftAt),
                    optionalText(aircraftNode, "registration", aircraftAt));
        }

        List<AnnotatedEvent.CargoItem> cargo = new ArrayList<>();
        JsonNode cargoArray = requiredArray(node, "cargo", at);
        for (int j = 0; j < cargoArray.size(); j++) {
            String itemAt = join(at, "cargo") + "[" + j + "]";
            JsonNode item = object(cargoArray.get(j), itemAt);
            cargo.add(new AnnotatedEvent.CargoItem(requiredText(item, "text", itemAt),
                    optionalText(item, "canonical", itemAt), optionalText(item, "category", itemAt),
                    optionalNumber(item, "quantity", itemAt), optionalText(item, "unit", itemAt)));
        }

        List<String> declared = new ArrayList<>();
        JsonNode declaredArray = requiredArray(node, "declaredCargo", at);
        for (int j = 0; j < declaredArray.size(); j++) {
            String itemAt = join(at, "declaredCargo") + "[" + j + "]";
            declared.add(requiredText(object(declaredArray.get(j), itemAt), "text", itemAt));
        }

        List<AnnotatedEvent.Instrument> instruments = new ArrayList<>();
        JsonNode instrumentArray = requiredArray(node, "instruments", at);
        for (int j = 0; j < instrumentArray.size(); j++) {
            String itemAt = join(at, "instruments") + "[" + j + "]";
            JsonNode item = object(instrumentArray.get(j), itemAt);
            instruments.add(new AnnotatedEvent.Instrument(requiredText(item, "text", itemAt),
                    optionalText(item, "id", itemAt)));
        }

        String attribution = null;
        JsonNode attributionNode = nullableObject(node, "attribution", at);
        if (attributionNode != null) {
            attribution = requiredText(attributionNode, "text", join(at, "attribution"));
        }

        return new AnnotatedEvent(id, type, modality, evidence, date, party(node, "authority", at),
                party(node, "location", at), vessel, aircraft, cargo, declared, parties(node, "origin", at),
                parties(node, "destination", at), instruments, attribution);
    }

    private static AnnotatedEvent.Party party(JsonNode event, String field, String at) throws FormatProblem {
        JsonNode node = nullableObject(event, field, at);
        return node == null ? null : party(node, join(at, field));
    }

    private static AnnotatedEvent.Party party(JsonNode node, String at) throws FormatProblem {
        return new AnnotatedEvent.Party(requiredText(node, "text", at), country(node, "country", at),
                optionalText(node, "group", at));
    }

    private static List<AnnotatedEvent.Party> parties(JsonNode event, String field, String at) throws FormatProblem {
        JsonNode array = requiredArray(event, field, at);
        List<AnnotatedEvent.Party> parties = new ArrayList<>();
        for (int j = 0; j < array.size(); j++) {
            String itemAt = join(at, field) + "[" + j + "]";
            parties.add(party(object(array.get(j), itemAt), itemAt));
        }
        return parties;
    }

    private static String country(JsonNode node, String field, String at) throws FormatProblem {
        String code = optionalText(node, field, at);
        if (code != null && !COUNTRY.matcher(code).matches()) {
            throw new FormatProblem(join(at, field), "\"" + code
                    + "\" is not an ISO 3166-1 alpha-3 code (three upper-case letters)");
        }
        return code;
    }

    /** A string, or a number written as a string (IMO numbers appear both ways). */
    private static String scalarText(JsonNode node, String field, String at) throws FormatProblem {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || value.isIntegralNumber()) {
            return value.asText();
        }
        throw new FormatProblem(join(at, field), "expected a string, a whole number or null, got " + describe(value));
    }

    private static Double optionalNumber(JsonNode node, String field, String at) throws FormatProblem {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new FormatProblem(join(at, field), "expected a number or null, got " + describe(value));
        }
        return value.doubleValue();
    }

    private static Span span(JsonNode node, String at) throws FormatProblem {
        int start = offset(node, "start", at);
        int end = offset(node, "end", at);
        if (start < 0 || end <= start) {
            throw new FormatProblem(at, "invalid span start=" + start + " end=" + end
                    + " (need 0 <= start < end, end exclusive)");
        }
        return new Span(start, end);
    }

    private static int offset(JsonNode node, String field, String at) throws FormatProblem {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new FormatProblem(join(at, field), "expected a whole number, got " + describe(value));
        }
        return value.intValue();
    }

    static JsonNode object(JsonNode node, String at) throws FormatProblem {
        if (node == null || !node.isObject()) {
            throw new FormatProblem(at, "expected an object, got " + describe(node));
        }
        return node;
    }

    private static JsonNode nullableObject(JsonNode parent, String field, String at) throws FormatProblem {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new FormatProblem(join(at, field), "expected an object or null, got " + describe(value));
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String at) throws FormatProblem {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new FormatProblem(at, "unknown value \"" + value + "\"; expected one of "
                + java.util.Arrays.toString(type.getEnumConstants()));
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing (field missing)";
        }
        String shown = value.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return value.getNodeType() + " " + shown;
    }
}
