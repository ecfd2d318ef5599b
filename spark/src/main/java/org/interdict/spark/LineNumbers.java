package org.interdict.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the line numbers of problems found in a byte range of a file (counted from the range's start)
 * into line numbers of the file, as the CLI reports them, from the line ends each range held.
 */
final class LineNumbers {

    /** The JSON Lines reader's positions: "line 12" or "line 12 (id busan-2012-05)". */
    private static final Pattern LINE = Pattern.compile("line (\\d+)(.*)", Pattern.DOTALL);

    private LineNumbers() {
    }

    /**
     * @param inputs   the job's partitions, in order
     * @param lineEnds the line ends of each range, by ordinal (whole files need none)
     */
    static List<Problem> renumber(List<Problem> problems, List<InputFile> inputs, Map<Integer, Long> lineEnds) {
        Map<Integer, Long> offsets = new HashMap<>();
        Map<String, Long> linesBefore = new HashMap<>();
        for (InputFile input : inputs) {  // in order: the ranges of one file follow each other
            if (input.isRange()) {
                long before = input.start() == 0 ? 0 : linesBefore.getOrDefault(input.path(), 0L);
                offsets.put(input.ordinal(), before);
                Long ends = lineEnds.get(input.ordinal());
                if (ends == null) {
                    throw new IllegalStateException("no line count for " + input);
                }
                linesBefore.put(input.path(), before + ends);
            }
        }
        List<Problem> renumbered = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            long offset = offsets.getOrDefault(problem.ordinal(), 0L);
            Matcher line = problem.position() == null ? null : LINE.matcher(problem.position());
            if (offset > 0 && line != null && line.matches()) {
                String position = "line " + (Long.parseLong(line.group(1)) + offset) + line.group(2);
                renumbered.add(new Problem(problem.ordinal(), problem.source(), position, problem.reason()));
            } else {
                renumbered.add(problem);
            }
        }
        return renumbered;
    }
}
