package org.interdict.gazetteers;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way Interdict reads XML. Input from the outside (sanctions lists, feeds) may carry a DOCTYPE
 * whose external entities read local files or URLs (XXE), so every reader comes from here:
 * <ul>
 *   <li>the JDK's own StAX implementation ({@link XMLInputFactory#newDefaultFactory()}), never whatever the
 *       classpath offers: CoreNLP brings Xerces, which replaces the JDK's DOM and SAX parsers and by
 *       default resolves external entities;</li>
 *   <li>no DTD support, no external entities, no external DTD or schema access, and a resolver that
 *       refuses every external resource;</li>
 *   <li>a document with a DOCTYPE at all is refused with an {@link UnsafeXmlException} before anything
 *       else is read.</li>
 * </ul>
 * Do not use {@code DocumentBuilderFactory.newInstance()} or {@code SAXParserFactory.newInstance()}
 * anywhere in the project: with Xerces on the classpath they return Xerces, unhardened.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** A new hardened StAX factory (factories are cheap; configure one per use, do not share it mutable). */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    /**
     * Opens a stream and moves to its root element. A DOCTYPE (internal subset or external DTD) fails
     * with an {@link UnsafeXmlException} naming {@code name}; malformed XML fails with the parser's
     * {@link XMLStreamException}. The caller closes {@code in}.
     */
    public static XMLStreamReader openAtRoot(InputStream in, String name) throws XMLStreamException {
        XMLStreamReader reader = inputFactory().createXMLStreamReader(in);
        int event = reader.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                    || event == XMLStreamConstants.ENTITY_DECLARATION) {
                int line = reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
                reader.close();
                throw new UnsafeXmlException(name, line,
                        "DOCTYPE declarations are refused (their entities can read local files)");
            }
            if (!reader.hasNext()) {
                reader.close();
                throw new XMLStreamException(name + ": no root element");
            }
            event = reader.next();
        }
        return reader;
    }
}
