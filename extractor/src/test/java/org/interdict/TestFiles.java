package org.interdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files shared beside the checkout (the example article, benchmark data) without assuming the cwd. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The first ancestor of the working directory that holds {@code relative}, if any. */
    public static Optional<Path> findUp(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The shared example article the project started from. */
    public static Optional<Path> seedArticle() {
        return findUp("shared/seeds/000_5f873940c7e7f152.txt")
                .or(() -> findUp("../shared/seeds/000_5f873940c7e7f152.txt"));
    }
}
