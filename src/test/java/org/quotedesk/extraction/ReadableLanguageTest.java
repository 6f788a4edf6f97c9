package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.venue.VenueKind;

/** A source's language tag chooses the language the extractor reads, when it has that language; what each data file may hold. */
class ReadableLanguageTest {

    @Test
    void aRegionalTagReadsItsLanguage() {
        assertThat(ExtractionService.readableLanguage("de-AT")).isEqualTo("de");
        assertThat(ExtractionService.readableLanguage("EN")).isEqualTo("en");
    }

    @Test
    void aLanguageWithoutADataFileOrNoTagIsDetected() {
        assertThat(ExtractionService.readableLanguage("pt-BR")).isNull();
        assertThat(ExtractionService.readableLanguage(null)).isNull();
    }

    @Test
    void venuesAreReadInTheWordsOfTheTextsLanguage() {
        String english = "“We will win,” Anna Berg said in a radio interview.";
        assertThat(venue(english, "en")).isEqualTo(VenueKind.RADIO_INTERVIEW);
        // German lists no venue words yet: an English phrase in a German text names no venue.
        assertThat(venue("„Wir gewinnen“, sagte Anna Berg in a radio interview.", "de")).isNull();
    }

    private static VenueKind venue(String text, String code) {
        List<Candidate> found = Extractor.extract(text, LocalDate.of(2024, 5, 6), List.of(), Deadline.NONE, Language.of(code));
        assertThat(found).hasSize(1);
        VenueHint hint = found.get(0).venue();
        return hint == null ? null : hint.kind();
    }

    @Test
    void everyListedAbbreviationIsShortEnoughForTheSentenceSplitterToSeeIt() {
        for (String code : Language.CODES) {
            Language language = Language.of(code);
            for (String key : new String[] {"abbreviations", "abbreviated-titles", "number-abbreviations"}) {
                assertThat(language.words(key)).as(code + " " + key)
                        .allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(ArticleLayout.LONGEST_ABBREVIATION));
            }
        }
    }

    /** A key the code asks for by name: a misspelt one would silently read no words in any language. */
    private static final Pattern KEY_READ = Pattern.compile(
            "(?:language\\.(?:has|endsWith|oneOf|says|words)|listedInAny|words)\\(\"([a-z0-9-]+)\"[,)]");

    @Test
    void everyKeyTheExtractorReadsIsInADataFileAndTheReadme() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/quotedesk/extraction"))) {
            for (Path source : sources.toList()) {
                Matcher m = KEY_READ.matcher(Files.readString(source));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        String readme = Files.readString(Path.of("README.md"));
        assertThat(keys).contains("negations", "phrasal-verbs", "participle-openers", "telling-venues");
        assertThat(keys).allSatisfy(key -> {
            assertThat(Language.CODES.stream().anyMatch(c -> !Language.of(c).words(key).isEmpty())).as(key).isTrue();
            assertThat(readme.contains("`" + key + "`") || readme.contains("`" + key + ": yes`")).as(key).isTrue();
        });
    }
}
