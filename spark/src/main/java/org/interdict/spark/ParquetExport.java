package org.interdict.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The job's JSON Lines as Parquet: one row per document, nested exactly as the JSON (docs/schema.md), so
 * {@code explode(events)} gives one row per event. The schema is written out here rather than inferred
 * from the data, so that a field that happens to be null everywhere keeps its type, and the reader fails
 * on a value of the wrong type instead of turning it into null.
 */
final class ParquetExport {

    private static final String PARTY = "STRUCT<`text`: STRING, `country`: STRING, `group`: STRING>";

    /** The Spark SQL shape of one JSON Lines record (docs/schema.json). */
    static final StructType SCHEMA = StructType.fromDDL(String.join(", ",
            "`docId` STRING",
            "`published` STRING",
            "`entities` ARRAY<STRUCT<`type`: STRING, `text`: STRING, `start`: INT, `end`: INT, `id`: STRING, "
                    + "`canonical`: STRING, `attributes`: MAP<STRING, STRING>>>",
            "`events` ARRAY<STRUCT<"
                    + "`id`: STRING, `type`: STRING, `modality`: STRING, "
                    + "`date`: STRUCT<`text`: STRING, `value`: STRING>, "
                    + "`authority`: " + PARTY + ", `location`: " + PARTY + ", "
                    + "`vessel`: STRUCT<`text`: STRING, `name`: STRING, `flag`: STRING, `imo`: STRING>, "
                    + "`aircraft`: STRUCT<`text`: STRING, `type`: STRING, `registration`: STRING>, "
                    + "`cargo`: ARRAY<STRUCT<`text`: STRING, `canonical`: STRING, `category`: STRING, "
                    + "`quantity`: DOUBLE, `unit`: STRING>>, "
                    + "`declaredCargo`: ARRAY<STRUCT<`text`: STRING>>, "
                    + "`origin`: ARRAY<" + PARTY + ">, `destination`: ARRAY<" + PARTY + ">, "
                    + "`instruments`: ARRAY<STRUCT<`text`: STRING, `id`: STRING>>, "
                    + "`attribution`: STRUCT<`text`: STRING>, "
                    + "`evidence`: ARRAY<STRUCT<`start`: INT, `end`: INT>>, "
                    + "`confidence`: DOUBLE>>",
            // why the pre-filter skipped the document, null when it was analysed (docs/schema.md)
            "`skipped` STRING"));

    private ParquetExport() {
    }

    /**
     * Reads the parts (in a Spark job of their own) and writes them as Parquet files into {@code dir}, a
     * folder that must not exist yet. The rows are in no particular order. Paths go to Spark as
     * {@code file:} URIs: a bare path would be resolved against the cluster's default filesystem (HDFS).
     */
    static void write(SparkSession spark, List<Path> parts, Path dir) {
        spark.read().schema(SCHEMA).option("mode", "FAILFAST")
                .json(parts.stream().map(part -> part.toUri().toString()).toArray(String[]::new))
                .write().parquet(dir.toUri().toString());
    }
}
