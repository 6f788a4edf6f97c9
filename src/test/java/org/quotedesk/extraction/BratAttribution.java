package org.quotedesk.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One annotated attribution of a brat standoff file (PolNeAR): its content spans and, when
 * annotated, its source spans.
 */
record BratAttribution(List<int[]> content, List<int[]> source) {

    /** Whether the annotated content holds a double quote mark: a quote, not a paraphrase. */
    boolean quoted(String text) {
        for (int[] span : content) {
            String part = text.substring(span[0], Math.min(span[1], text.length()));
            if (part.matches("(?s).*([\"“”«»„]|'').*")) {
                return true;
            }
        }
        return false;
    }

    boolean contentOverlaps(int start, int end) {
        return overlaps(content, start, end);
    }

    boolean sourceOverlaps(Integer start, Integer end) {
        return start != null && end != null && overlaps(source, start, end);
    }

    String sourceText(String text) {
        StringBuilder out = new StringBuilder();
        for (int[] span : source) {
            out.append(out.isEmpty() ? "" : " ").append(text, span[0], span[1]);
        }
        return out.toString();
    }

    int overlap(int start, int end) {
        int total = 0;
        for (int[] span : content) {
            total += Math.max(0, Math.min(end, span[1]) - Math.max(start, span[0]));
        }
        return total;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }

    /** The attributions of one .ann file; spans are read from the offsets, never from the text column. */
    static List<BratAttribution> read(Path file) throws IOException {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("T")) {
                String[] columns = line.split("\t");
                if (columns.length < 2) {
                    continue;
                }
                String[] labelAndSpans = columns[1].split(" ", 2);
                List<int[]> ranges = new ArrayList<>();
                for (String range : labelAndSpans[1].split(";")) {
                    String[] bounds = range.trim().split(" ");
                    ranges.add(new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])});
                }
                spans.put(columns[0], ranges);
            } else if (line.startsWith("E")) {
                events.add(line.split("\t")[1]);
            }
        }
        List<BratAttribution> attributions = new ArrayList<>();
        for (String event : events) {
            Map<String, String> roles = new HashMap<>();
            for (String arg : event.split(" ")) {
                String[] pair = arg.split(":", 2);
                if (pair.length == 2) {
                    roles.put(pair[0].replaceAll("\\d+$", ""), pair[1]);
                }
            }
            List<int[]> content = spans.get(roles.get("Content"));
            if (content != null) {
                List<int[]> source = spans.getOrDefault(roles.get("Source"), List.of());
                attributions.add(new BratAttribution(content, source));
            }
        }
        return attributions;
    }
}
