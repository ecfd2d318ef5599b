package org.interdict.spark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.interdict.corpus.ReadOptions;
import org.interdict.corpus.Sources;

/**
 * The driver's listing of a job's inputs as partitions: a file stays itself (a large JSON Lines file
 * becomes byte ranges of it); a folder becomes the files in it that {@link Sources} reads, in the order
 * the CLI reads them (each folder's entries in name order, subfolders where they sort, symbolic links
 * not followed), so that the parts, concatenated in input order, are the CLI's output.
 */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * @throws IllegalArgumentException when an input does not exist, is of a kind no source reads, or
     *                                  a folder cannot be listed
     */
    static List<InputFile> expand(List<String> inputs) {
        return expand(inputs, 0);
    }

    /**
     * As {@link #expand(List)}, and an uncompressed JSON Lines file ({@code .jsonl}, {@code .ndjson}) of
     * more than {@code splitBytes} becomes several byte ranges of about that size ({@link LineRange});
     * {@code splitBytes} 0 splits none.
     *
     * @throws IllegalArgumentException as {@link #expand(List)}, or when a file to split cannot be read
     */
    static List<InputFile> expand(List<String> inputs, long splitBytes) {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                walk(path, files);
            } else {
                Sources.openWith(path, ReadOptions.defaults());  // says what is wrong with a missing or unknown file
                files.add(path);
            }
        }
        List<InputFile> numbered = new ArrayList<>(files.size());
        for (Path file : files) {
            long size = splitBytes > 0 && splittable(file) ? size(file) : 0;
            if (size <= splitBytes) {
                numbered.add(InputFile.whole(numbered.size(), file.toString()));
                continue;
            }
            List<Long> starts;
            try {
                starts = LineRange.starts(file, size, splitBytes);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < starts.size(); i++) {
                long end = i + 1 < starts.size() ? starts.get(i + 1) : size;
                numbered.add(new InputFile(numbered.size(), file.toString(), starts.get(i), end));
            }
        }
        return List.copyOf(numbered);
    }

    private static void walk(Path dir, List<Path> files) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list folder " + dir + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, files);
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && readable(entry)) {
                files.add(entry);
            }
        }
    }

    /** Uncompressed JSON Lines: a line feed ends every record, so a file can be cut after any of them. */
    private static boolean splittable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a source reads files of this kind (its name's ending); other files are passed over. */
    private static boolean readable(Path file) {
        try {
            Sources.openWith(file, ReadOptions.defaults());  // only looks at the name: reads nothing yet
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
