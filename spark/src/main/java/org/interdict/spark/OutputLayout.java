package org.interdict.spark;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a job writes under its output folder. Files the tasks finish are renamed into place from
 * {@code _temporary}, so a reader never sees half a part or half a shard, and names that start with
 * {@code _} are skipped by Spark's and Hadoop's readers of the folder:
 * <pre>
 * part-00000.jsonl           the JSON Lines of input 0, as the CLI writes them
 * part-00001.jsonl           ... one per input file, in input order
 * _shards/shard-00000        the Lucene index shard of input 0 (with --index; removed after the merge unless kept)
 * _temporary/                task attempts in progress (removed at the end)
 * _problems.jsonl            what could not be read or extracted: {"source","position","reason"} lines
 * _SUCCESS                   written last, when the job and the merge succeeded
 * </pre>
 */
record OutputLayout(Path root) {

    Path part(int ordinal) {
        return root.resolve(partName(ordinal));
    }

    Path shards() {
        return root.resolve("_shards");
    }

    Path shard(int ordinal) {
        return shards().resolve(String.format(Locale.ROOT, "shard-%05d", ordinal));
    }

    Path temporary() {
        return root.resolve("_temporary");
    }

    /** The part of one task attempt before it is renamed into place. */
    Path temporaryPart(int ordinal, long attempt) {
        return temporary().resolve(partName(ordinal) + ".attempt-" + attempt);
    }

    /** The shard of one task attempt before it is renamed into place. */
    Path temporaryShard(int ordinal, long attempt) {
        return temporary().resolve(shard(ordinal).getFileName() + ".attempt-" + attempt);
    }

    Path problems() {
        return root.resolve("_problems.jsonl");
    }

    Path success() {
        return root.resolve("_SUCCESS");
    }

    private static String partName(int ordinal) {
        return String.format(Locale.ROOT, "part-%05d.jsonl", ordinal);
    }
}
