package org.interdict.gazetteers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns the listed entities of the UN Security Council Consolidated Sanctions List, in its public XML
 * form, into gazetteer entries. The file has a root {@code CONSOLIDATED_LIST} holding {@code INDIVIDUALS}
 * and {@code ENTITIES}; each {@code ENTITY} has its name in {@code FIRST_NAME}, a {@code REFERENCE_NUMBER}
 * ("KPe.001"), {@code LISTED_ON}, {@code UN_LIST_TYPE}, {@code COMMENTS1}, an optional
 * {@code NAME_ORIGINAL_SCRIPT} and {@code ENTITY_ALIAS} elements with {@code QUALITY} and
 * {@code ALIAS_NAME}.
 * <ul>
 *   <li>An entity becomes an {@code ORGANIZATION} with id {@code org:un-<reference number, lower case>}.</li>
 *   <li>An entity the list describes as a ship becomes a {@code VESSEL} with
 *       id {@code vessel:un-<reference number>}, the name without its prefix, and the {@code imo} attribute
 *       when the number's check digit is valid. A ship is a name after "MV" or "MT", or a name without company
 *       words ("Co", "Corporation", "Bureau"…) whose name or comments give an IMO number, or whose comments
 *       open by calling it a vessel, ship or tanker. A one-word vessel name is flagged {@code NEEDS_CUE}.</li>
 *   <li>Aliases of quality "Good", "a.k.a." and "f.k.a." (and the name in original script) become aliases;
 *       "Low" quality aliases are left out (the list itself calls them weak). Former names of a vessel also
 *       go to {@code formerNames}.</li>
 *   <li>Individuals are skipped: persons are not a gazetteer type.</li>
 * </ul>
 * The source note of each entry is "UN SC Consolidated List REF, listed DATE". The XML is read through
 * {@link SafeXml}: a DOCTYPE is refused. Stateless; every problem fails with a
 * {@link GazetteerFormatException} naming the input, the line and the reason.
 */
public final class UnConsolidatedListImporter {

    /**
     * The entries in list order, the list's {@code dateGenerated} (or null), the number of individuals
     * skipped, and notes on what was left out.
     */
    public record Result(List<GazetteerEntry> entries, String dateGenerated, int individualsSkipped, List<String> notes) {
        public Result {
            entries = List.copyOf(entries);
            notes = List.copyOf(notes);
        }
    }

    private static final int MAX_DEPTH = 16;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern VESSEL_PREFIX = Pattern.compile("^(?:M/?V|M\\.V\\.|M/?T|M\\.T\\.)\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    /** "IMO 9123453", "IMO number: 9123453", "(IMO No. 9123453)"; not "IMO company number". */
    private static final Pattern IMO = Pattern.compile("\\bIMO\\b([^0-9]{0,16}?)(\\d{7})(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** Comments that open by calling the entity a ship: "Vessel ...", "Oil tanker ...", "A general cargo ship ...". */
    private static final Pattern SHIP_DESCRIPTION = Pattern.compile(
            "^(?:\\S+\\s+){0,3}?(?:vessel|ship|tanker|freighter|bulk carrier)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPANY_WORD = Pattern.compile("\\b(?:co|company|corporation|corp|ltd|limited|llc|"
            + "inc|plc|group|bureau|bank|trading|shipping|management|department|committee|association|centre|"
            + "center|institute|enterprise|agency|office|ministry|holdings?|industry|industries|maritime|lines|"
            + "services?|commission|organi[sz]ation|front|brigade|army|network|foundation|trust|party)\\b",
            Pattern.CASE_INSENSITIVE);

    private UnConsolidatedListImporter() {
    }

    /** Reads a list file from disk. */
    public static Result read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new GazetteerFormatException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a list from a stream; {@code name} is used in error messages. The caller closes {@code in}. */
    public static Result read(InputStream in, String name) {
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.openAtRoot(in, name);
            if (!reader.getLocalName().equals("CONSOLIDATED_LIST")) {
                throw new GazetteerFormatException(name, line(reader), "not a UN consolidated list: the root element is "
                        + reader.getLocalName() + ", not CONSOLIDATED_LIST", null);
            }
            String dateGenerated = reader.getAttributeValue(null, "dateGenerated");
            List<GazetteerEntry> entries = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int individuals = 0;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (reader.getLocalName().equals("INDIVIDUAL")) {
                    readElement(reader, name, 1);
                    individuals++;
                } else if (reader.getLocalName().equals("ENTITY")) {
                    GazetteerEntry entry = toEntry(readElement(reader, name, 1), name, notes);
                    if (!ids.add(entry.id())) {
                        throw new GazetteerFormatException(name, line(reader), "reference number listed twice: " + entry.id(), null);
                    }
                    entries.add(entry);
                }
            }
            return new Result(entries, dateGenerated, individuals, notes);
        } catch (UnsafeXmlException e) {
            throw new GazetteerFormatException(name, e.line(), "refused: " + e.reason(), e);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new GazetteerFormatException(name, line, "not well-formed XML: " + parserMessage(e), e);
        } finally {
            close(reader);
        }
    }

    private static GazetteerEntry toEntry(Element entity, String file, List<String> notes) {
        String reference = entity.text("REFERENCE_NUMBER");
        String name = entity.text("FIRST_NAME");
        if (reference == null) {
            throw new GazetteerFormatException(file, entity.line(), "ENTITY without REFERENCE_NUMBER", null);
        }
        if (name == null) {
            throw new GazetteerFormatException(file, entity.line(), "ENTITY " + reference + " without FIRST_NAME", null);
        }
        List<String> aliases = new ArrayList<>();
        List<String> formerNames = new ArrayList<>();
        int weak = 0;
        for (Element alias : entity.all("ENTITY_ALIAS")) {
            String quality = alias.text("QUALITY");
            String names = alias.text("ALIAS_NAME");
            if (names == null) {
                continue;
            }
            if ("Low".equalsIgnoreCase(quality)) {
                weak++;
                continue;
            }
            for (String one : names.split(";")) {
                String cleaned = clean(one);
                if (cleaned != null) {
                    aliases.add(cleaned);
                    if ("f.k.a.".equalsIgnoreCase(quality)) {
                        formerNames.add(cleaned);
                    }
                }
            }
        }
        if (weak > 0) {
            notes.add(reference + ": " + weak + " alias(es) of quality Low left out");
        }
        String original = entity.text("NAME_ORIGINAL_SCRIPT");
        if (original != null) {
            aliases.add(original);
        }
        String listed = entity.text("LISTED_ON");
        String source = "UN SC Consolidated List " + reference + (listed == null ? "" : ", listed " + listed);
        String comments = entity.text("COMMENTS1");
        String slug = reference.toLowerCase(Locale.ROOT);

        Matcher prefix = VESSEL_PREFIX.matcher(name);
        boolean prefixed = prefix.find();
        String text = name + " " + (comments == null ? "" : comments);
        String imo = null;
        String invalidImo = null;
        for (Matcher m = IMO.matcher(text); m.find(); ) {
            if (m.group(1).toLowerCase(Locale.ROOT).contains("company")) {
                continue;
            }
            if (ImoNumber.isValid(m.group(2))) {
                imo = m.group(2);
                break;
            }
            if (invalidImo == null) {
                invalidImo = m.group(2);
            }
        }
        boolean describedAsShip = imo != null || invalidImo != null
                || comments != null && SHIP_DESCRIPTION.matcher(comments).find();
        if (prefixed || describedAsShip && !COMPANY_WORD.matcher(name).find()) {
            String canonical = prefixed ? name.substring(prefix.end()) : name;
            Map<String, String> attributes = new LinkedHashMap<>();
            if (imo != null) {
                attributes.put("imo", imo);
            } else if (invalidImo != null) {
                notes.add(reference + ": IMO " + invalidImo + " fails its check digit; left out");
            }
            if (!formerNames.isEmpty()) {
                attributes.put("formerNames", String.join(";", formerNames));
            }
            Set<MatchFlag> flags = EnumSet.noneOf(MatchFlag.class);
            if (!canonical.contains(" ")) {
                flags.add(MatchFlag.NEEDS_CUE);
            }
            return entry("vessel:un-" + slug, EntityType.VESSEL, canonical, aliases, attributes, source, flags, file,
                    entity.line());
        }
        return entry("org:un-" + slug, EntityType.ORGANIZATION, name, aliases, Map.of(), source, Set.of(), file,
                entity.line());
    }

    private static GazetteerEntry entry(String id, EntityType type, String canonical, List<String> aliases,
            Map<String, String> attributes, String source, Set<MatchFlag> flags, String file, int line) {
        List<String> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(canonical.toLowerCase(Locale.ROOT));
        for (String alias : aliases) {
            if (seen.add(alias.toLowerCase(Locale.ROOT))) {
                distinct.add(alias);
            }
        }
        try {
            return new GazetteerEntry(id, type, canonical, distinct, attributes, source, flags);
        } catch (IllegalArgumentException e) {
            throw new GazetteerFormatException(file, line, e.getMessage(), e);
        }
    }

    /** An element read whole: small enough for the entities of the list. */
    private record Element(String name, String text, List<Element> children, int line) {

        /** The cleaned text of the first child with this name, or null. */
        String text(String child) {
            for (Element element : children) {
                if (element.name().equals(child)) {
                    return clean(element.text());
                }
            }
            return null;
        }

        List<Element> all(String child) {
            return children.stream().filter(element -> element.name().equals(child)).toList();
        }
    }

    /** Reads the element the reader is at, up to and including its end tag. */
    private static Element readElement(XMLStreamReader reader, String file, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new GazetteerFormatException(file, line(reader), "elements nested deeper than " + MAX_DEPTH, null);
        }
        String name = reader.getLocalName();
        int line = line(reader);
        StringBuilder text = new StringBuilder();
        List<Element> children = new ArrayList<>();
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(readElement(reader, file, depth + 1));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new Element(name, text.toString(), children, line);
            }
        }
    }

    /** Whitespace collapsed and trimmed; null for nothing. */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACES.matcher(text).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
    }

    /** The parser's own words, without the "ParseError at [row,col]" line the position already gives. */
    private static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String last = message.lines().reduce((first, second) -> second).orElse(message);
        return last.startsWith("Message: ") ? last.substring("Message: ".length()) : last;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing more to read; the stream is the caller's
            }
        }
    }
}
