package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.interdict.gazetteers.GazetteerFormatException;
import org.interdict.gazetteers.SafeXml;
import org.interdict.gazetteers.UnConsolidatedListImporter;
import org.interdict.gazetteers.UnsafeXmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML external entity (XXE) payloads against the UN list importer, run in this module because here
 * CoreNLP puts Xerces on the classpath, the parser setting that would really be in use.
 */
class UnListXmlHardeningTest {

    private static final String SECRET = "S3CRET-" + Long.toHexString(Double.doubleToLongBits(Math.random()));

    @TempDir
    Path dir;

    @Test
    void anExternalEntityIsRefusedAndTheSecretNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path list = Files.writeString(dir.resolve("list.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "%s">]>
                <CONSOLIDATED_LIST><ENTITIES><ENTITY>
                  <REFERENCE_NUMBER>KPe.999</REFERENCE_NUMBER><FIRST_NAME>&xxe;</FIRST_NAME>
                  <ENTITY_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>&xxe;</ALIAS_NAME></ENTITY_ALIAS>
                </ENTITY></ENTITIES></CONSOLIDATED_LIST>
                """.formatted(secret.toUri()), StandardCharsets.UTF_8);

        GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
                () -> UnConsolidatedListImporter.read(list));
        assertEquals(list + ":2: refused: DOCTYPE declarations are refused (their entities can read local files)",
                e.getMessage());
        assertEquals(list.toString(), e.file());
        assertTrue(e.getCause() instanceof UnsafeXmlException, String.valueOf(e.getCause()));
        assertFalse(stackTrace(e).contains(SECRET), "the secret leaked into the exception");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                try {
                    server.accept().close();
                    connections.incrementAndGet();
                } catch (SocketTimeoutException timeout) {
                    // nobody came: the expected outcome
                } catch (IOException ignored) {
                    // closed
                }
            });
            listener.start();
            Path list = Files.writeString(dir.resolve("dtd.xml"), """
                    <?xml version="1.0"?>
                    <!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://127.0.0.1:%d/evil.dtd">
                    <CONSOLIDATED_LIST/>
                    """.formatted(server.getLocalPort()));
            GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
                    () -> UnConsolidatedListImporter.read(list));
            assertTrue(e.getMessage().startsWith(list + ":2: refused: DOCTYPE"), e.getMessage());
            listener.join(1000);
            assertEquals(0, connections.get(), "the parser fetched the external DTD");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theHardenedFactoryIsTheJdksEvenWithXercesOnTheClasspath() {
        assertTrue(SafeXml.inputFactory().getClass().getName().startsWith("com.sun.xml.internal.stream."),
                SafeXml.inputFactory().getClass().getName());
    }

    /**
     * The control: on this classpath the default DOM parser is Xerces, and unhardened it does read the
     * file. This is what {@link SafeXml} is there to prevent.
     */
    @Test
    void theDefaultDomParserOnThisClasspathWouldLeakTheSecret() throws Exception {
        DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
        assumeTrue(dom.getClass().getName().startsWith("org.apache.xerces."), "Xerces is not the default parser here");
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path doc = Files.writeString(dir.resolve("naive.xml"), """
                <!DOCTYPE r [<!ENTITY xxe SYSTEM "%s">]>
                <r>&xxe;</r>
                """.formatted(secret.toUri()));
        String text = dom.newDocumentBuilder().parse(doc.toFile()).getDocumentElement().getTextContent();
        assertEquals(SECRET, text.strip());
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
