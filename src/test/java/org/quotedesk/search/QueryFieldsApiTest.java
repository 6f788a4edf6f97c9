package org.quotedesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.support.Api.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Seed;

/**
 * Which fields a query searches, over the seed: every quote comes from one article headlined "Putin
 * and Biden agree “in principle” to a summit proposed by Macron". Its texts say "Putin" 4 times
 * (Psaki, Peskov, Biden, the analysts), Vladimir Putin says one quote himself, and no text says "summit".
 */
@QuarkusTest
class QueryFieldsApiTest {

    private static long total(String q) {
        return search("q", q).getLong("total");
    }

    @Test
    void aPlainWordSearchesTheQuoteAndItsSpeakerNotTheSourcesHeadline() {
        JsonPath putin = search("q", "Putin", "size", 100);
        assertThat(putin.getLong("total")).isEqualTo(5);
        assertThat(putin.getList("items")).hasSize(5);
        assertThat(putin.getList("items.text", String.class).stream().filter(t -> t.contains("Putin")))
                .hasSize(4);
        assertThat(putin.getList("items.speaker.name", String.class)).contains("Vladimir Putin");
        assertThat(total("summit")).isZero();
        assertThat(total("Macron")).isLessThan(Seed.QUOTES);
    }

    @Test
    void theSourceIsSearchedWithSourcePrefix() {
        assertThat(total("source:summit")).isEqualTo(Seed.QUOTES);
        assertThat(total("source:Putin")).isEqualTo(Seed.QUOTES);
        assertThat(total("source:\"in principle\"")).isEqualTo(Seed.QUOTES);
        assertThat(total("source:summit AND Putin")).isEqualTo(5);
        assertThat(total("source:Lukashenko")).isZero();
    }

    @Test
    void textPrefixSearchesOnlyWhatWasSaid() {
        List<String> texts = search("q", "text:Putin", "size", 100).getList("items.text", String.class);
        assertThat(texts).hasSize(4).allSatisfy(t -> assertThat(t).contains("Putin"));
        assertThat(total("text:Peskov")).isZero();
        assertThat(total("text:\"harmful practice\"")).isEqualTo(1);
    }

    @Test
    void speakerPrefixSearchesNameAliasesRoleAndAffiliation() {
        assertThat(search("q", "speaker:Putin").getList("items.speaker.name", String.class))
                .containsExactly("Vladimir Putin");
        assertThat(total("speaker:Peskov")).isEqualTo(5);
        assertThat(total("speaker:\"Kremlin spokesman\"")).isEqualTo(5);
        assertThat(search("q", "speaker:Dmitri", "size", 100).getList("items.speaker.name", String.class))
                .hasSize(7).containsOnly("Dmitry Peskov", "Dmitry Stefanovich");
    }

    @Test
    void venuePrefixSearchesWhereItWasSaidAndHowItWasReported() {
        // Five quotes of the Élysée statement and three of the White House one, both "… the proposed summit".
        assertThat(total("venue:summit")).isEqualTo(8);
        assertThat(search("q", "venue:Reuters", "size", 100).getList("items.venue.name", String.class))
                .containsExactly("Reuters interview", "Reuters interview");
        assertThat(total("venue:Munich")).isEqualTo(search("venue", "Munich Security Conference").getLong("total"));
    }

    @Test
    void aPrefixNamingNoSearchableFieldFindsNothing() {
        for (String q : List.of("spelling:peskov", "stored:peskov", "status:unverified", "type:direct", "nosuch:war")) {
            assertThat(total(q)).as(q).isZero();
        }
        assertThat(total("war OR nosuch:war")).isEqualTo(total("war"));
    }
}
