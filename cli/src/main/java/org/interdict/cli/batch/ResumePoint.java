package org.interdict.cli.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.interdict.json.JsonCodec;

/**
 * Where an interrupted run stopped, read from its output file: the documents it wrote (a count per id,
 * so that repeated ids resume exactly) and the length of the output up to the last whole document.
 *
 * <p>JSON Lines: every line ended by a newline is a document; a last line without one was cut by the
 * interruption and is dropped. CSV: the rows are grouped by {@code doc_id}; the last group may have lost
 * rows, so it is dropped and its document extracted again (so are documents without events, which have no
 * row). A complete line or row that is not Interdict output stops the resume with an error rather than
 * touching the file.
 */
final class ResumePoint {

    private final Map<String, Integer> done;
    private final long length;

    private ResumePoint(Map<String, Integer> done, long length) {
        this.done = done;
        this.length = length;
    }

    /** A fresh start: nothing done, an empty output. */
    static ResumePoint none() {
        return new ResumePoint(new HashMap<>(), 0);
    }

    /**
     * Reads an existing output file.
     *
     * @throws IllegalArgumentException when the file is not output of this format
     */
    static ResumePoint read(Path file, OutputFormat format) throws IOException {
        if (!Files.exists(file)) {
            return none();
        }
        return format == OutputFormat.CSV ? readCsv(file) : readJsonLines(file);
    }

    /** Whether the document is already in the output; each call for a written id uses up one occurrence. */
    boolean consume(String docId) {
        Integer count = done.get(docId);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            done.remove(docId);
        } else {
            done.put(docId, count - 1);
        }
        return true;
    }

    /** The length of the output up to the last whole document (0 for none). */
    long length() {
        return length;
    }

    /** Cuts the file back to {@link #length()}, dropping what the interruption left half-written. */
    void truncate(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (channel.size() > length) {
                channel.truncate(length);
            }
        }
    }

    private static ResumePoint readJsonLines(Path file) throws IOException {
        Map<String, Integer> done = new HashMap<>();
        long[] end = {0};
        int[] lineNumber = {0};
        scan(file, false, (bytes, start, stop) -> {
            lineNumber[0]++;
            String docId = jsonDocId(bytes);
            if (docId == null) {
                throw new IllegalArgumentException("cannot resume: line " + lineNumber[0] + " of " + file
                        + " is not an Interdict JSON Lines result");
            }
            done.merge(docId, 1, Integer::sum);
            end[0] = stop;
        });
        return new ResumePoint(done, end[0]);
    }

    private static String jsonDocId(byte[] line) {
        try (JsonParser parser = JsonCodec.mapper().getFactory().createParser(line)) {
            if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && "docId".equals(parser.currentName()) && parser.nextToken() == JsonToken.VALUE_STRING) {
                return parser.getText();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static ResumePoint readCsv(Path file) throws IOException {
        Map<String, Integer> done = new HashMap<>();
        long[] kept = {0};
        long[] groupStart = {0};
        String[] group = {null};
        int[] rowNumber = {0};
        scan(file, true, (bytes, start, stop) -> {
            rowNumber[0]++;
            List<String> cells = csvCells(bytes);
            if (rowNumber[0] == 1) {
                if (!EventCsv.HEADER.equals(cells)) {
                    throw new IllegalArgumentException("cannot resume: " + file
                            + " does not start with the events CSV header of this version");
                }
                kept[0] = stop;
                groupStart[0] = stop;
                return;
            }
            if (cells == null || cells.size() != EventCsv.HEADER.size()) {
                throw new IllegalArgumentException("cannot resume: row " + rowNumber[0] + " of " + file
                        + " is not an Interdict events row");
            }
            String docId = CsvCells.unescape(cells.get(0));
            if (!docId.equals(group[0])) {
                if (group[0] != null) {
                    done.merge(group[0], 1, Integer::sum);
                }
                kept[0] = start;
                group[0] = docId;
            }
        });
        return new ResumePoint(done, kept[0]);
    }

    private static List<String> csvCells(byte[] row) {
        try (CSVParser parser = CSVParser.parse(new String(row, StandardCharsets.UTF_8), EventCsv.FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? records.get(0).toList() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private interface RecordHandler {
        void record(byte[] bytes, long start, long end);
    }

    /**
     * Hands on every record ended by a newline (outside double quotes when {@code quoted}), with its byte
     * range; bytes after the last newline are a cut record and are not handed on.
     */
    private static void scan(Path file, boolean quoted, RecordHandler handler) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream record = new ByteArrayOutputStream();
            boolean inQuotes = false;
            long offset = 0;
            long start = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                offset++;
                record.write(b);
                if (quoted && b == '"') {
                    inQuotes = !inQuotes;
                } else if (b == '\n' && !inQuotes) {
                    handler.record(record.toByteArray(), start, offset);
                    record.reset();
                    start = offset;
                }
            }
        }
    }
}
