package org.interdict.spark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.interdict.corpus.ReadOptions;
import org.interdict.corpus.Sources;

/**
 * The driver's listing of a job's inputs as files, one per partition: a file stays itself; a folder
 * becomes the files in it that {@link Sources} reads, in the order the CLI reads them (each folder's
 * entries in name order, subfolders where they sort, symbolic links not followed), so that the parts,
 * concatenated in input order, are the CLI's output.
 */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * @throws IllegalArgumentException when an input does not exist, is of a kind no source reads, or
     *                                  a folder cannot be listed
     */
    static List<InputFile> expand(List<String> inputs) {
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
            numbered.add(new InputFile(numbered.size(), file.toString()));
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
