package org.quotedesk.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The attributed entries of Debian's {@code fortunes} package: real quotes nobody here wrote, for
 * the import test and the benchmark. An entry is attributed when its last line, indented, starts
 * with "-- "; the speaker is the attribution up to its first comma.
 */
public final class Fortunes {

    public static final Path DIRECTORY = Path.of("/usr/share/games/fortunes");
    private static final Pattern ATTRIBUTION = Pattern.compile("^[ \\t]+-- (.+)$");

    /** One attributed fortune of a file. */
    public record Fortune(String file, String text, String attribution) {

        public String speaker() {
            int comma = attribution.indexOf(',');
            return (comma < 0 ? attribution : attribution.substring(0, comma)).strip();
        }
    }

    private Fortunes() {
    }

    /** Whether the package is installed; {@code bin/verify} and the benchmark install it when missing. */
    public static boolean installed() {
        return Files.isDirectory(DIRECTORY);
    }

    /** The fortune files: those without a dot in their name (not the .dat indexes, nor the .u8 links). */
    public static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> !f.getFileName().toString().contains(".")).filter(Files::isRegularFile)
                    .sorted().toList();
        }
    }

    /** When the file was last changed: the date of its citation. */
    public static LocalDate modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Every attributed fortune, file by file. */
    public static List<Fortune> all() throws IOException {
        List<Fortune> all = new ArrayList<>();
        for (Path file : files()) {
            all.addAll(attributed(file));
        }
        return all;
    }

    /**
     * The entries of a file (separated by lines holding only "%") whose last line is an attribution
     * and which have text above it. One entry of {@code platitudes} is an attribution alone (Owen
     * Meredith, with no words of his): it is not a quote.
     */
    public static List<Fortune> attributed(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<Fortune> fortunes = new ArrayList<>();
        List<String> entry = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.equals("%")) {
                addIfAttributed(name, entry, fortunes);
                entry.clear();
            } else {
                entry.add(line);
            }
        }
        addIfAttributed(name, entry, fortunes);
        return fortunes;
    }

    private static void addIfAttributed(String file, List<String> entry, List<Fortune> fortunes) {
        List<String> lines = withoutTrailingBlankLines(entry);
        if (lines.isEmpty()) {
            return;
        }
        Matcher attribution = ATTRIBUTION.matcher(lines.get(lines.size() - 1));
        if (!attribution.matches()) {
            return;
        }
        String text = String.join("\n", withoutTrailingBlankLines(lines.subList(0, lines.size() - 1)));
        if (!text.isBlank()) {
            fortunes.add(new Fortune(file, text, attribution.group(1).strip()));
        }
    }

    private static List<String> withoutTrailingBlankLines(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }
}
