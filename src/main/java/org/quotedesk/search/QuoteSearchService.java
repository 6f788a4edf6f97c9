package org.quotedesk.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.quote.StatementRef;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.statement.StatementCoverage;
import org.quotedesk.catalogue.venue.Venue;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.common.ResourceNotFoundException;

/**
 * The one query path for lists of quotes, for the API and the pages: the index finds, counts and
 * returns the quotes as the API shows them.
 */
@ApplicationScoped
public class QuoteSearchService {

    @Inject
    QuoteIndex index;

    @Inject
    FacetNames names;

    @Inject
    SpellingSuggestions spelling;

    /**
     * Not transactional: a search reads the database once, for the report counts of the page's
     * statements. A filter by name, or a facet name not yet known, reads it too; each read is in a
     * transaction of its own (the caller's, when it has one).
     */
    public QuoteSearchPage search(SearchCriteria criteria) {
        Query text = criteria.hasQuery() ? LuceneQueries.parse(criteria.q()) : null;
        Set<Long> speakerIds = ids(criteria.speaker(), Speaker::idsByName);
        Set<Long> venueIds = ids(criteria.venue(), Venue::idsByName);
        boolean unknownFilter = speakerIds != null && speakerIds.isEmpty() || venueIds != null && venueIds.isEmpty();
        SearchHits hits = unknownFilter ? SearchHits.empty(criteria) : index.search(text, criteria, speakerIds, venueIds);

        // Only a query that found nothing, with filters that name something, pays for the spell checker.
        QuerySuggestion suggestion = text != null && hits.total() == 0 && !unknownFilter
                ? spelling.suggest(criteria, speakerIds, venueIds) : null;

        return new QuoteSearchPage(items(hits.hits()), hits.total(), hits.statements(), criteria.page().page(),
                criteria.page().size(), facets(hits), suggestion);
    }

    /**
     * How widely each statement of the page that several quotes report was reported (outlets, the
     * first): what a card of a search by statement says. One query for the page.
     */
    public Map<Long, StatementCoverage> coverage(QuoteSearchPage page) {
        Set<Long> reportedMoreThanOnce = page.items().stream().map(hit -> hit.quote().statement())
                .filter(statement -> statement != null && statement.reports() > 1).map(StatementRef::id)
                .collect(Collectors.toSet());
        return reportedMoreThanOnce.isEmpty() ? Map.of()
                : QuarkusTransaction.joiningExisting().call(() -> StatementCoverage.of(reportedMoreThanOnce));
    }

    /**
     * The page's quotes as the API shows them, with their statements' report counts as they are now:
     * the index cannot keep them, as linking another quote changes them. One query for the page.
     */
    private static List<QuoteHit> items(List<SearchHits.Hit> hits) {
        Set<Long> statementIds = hits.stream().map(hit -> hit.quote().statementId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Long> reportCounts = statementIds.isEmpty() ? Map.of()
                : QuarkusTransaction.joiningExisting().call(() -> StatementCoverage.reportCounts(statementIds));
        return hits.stream().map(hit -> new QuoteHit(hit.quote().toDto(reportCounts), hit.highlight())).toList();
    }

    /**
     * At most {@code k} quotes worded most like {@code text}, best first by the index's score (only
     * these speakers' unless {@code speakerIds} is null): candidates for a word-by-word comparison.
     * A text of common words alone, or a search over the limits, is a 400 naming {@code text}.
     */
    /** Statement linking's candidates: the ids of at most {@code k} quotes filed under the most of these keys. */
    public List<Long> filedUnder(Collection<Long> wordingKeys, int k) {
        return index.filedUnder(wordingKeys, k);
    }

    public List<QuoteDto> similarlyWorded(String text, Set<Long> speakerIds, int k) {
        Query wording = SimilarWording.of(text);
        if (wording == null) {
            throw new InvalidParameterException("text", "holds no word that is searched (common words such as"
                    + " the, is, not are not): give more of the quote");
        }
        try {
            return index.similar(wording, speakerIds, k);
        } catch (InvalidParameterException overTheLimits) {
            throw new InvalidParameterException("text", overTheLimits.getMessage());
        }
    }

    /** A speaker's quotes, searched like any others; a 404 if there is no such speaker. */
    public QuoteSearchPage bySpeaker(long speakerId, SearchCriteria criteria) {
        if (QuarkusTransaction.joiningExisting().call(() -> Speaker.findById(speakerId)) == null) {
            throw new ResourceNotFoundException("speaker", speakerId);
        }
        return search(criteria.withSpeaker(speakerId));
    }

    /** The ids a filter stands for; null when there is no filter. */
    private static Set<Long> ids(RecordFilter filter, Function<String, List<Long>> byName) {
        if (filter instanceof RecordFilter.ById byId) {
            return Set.of(byId.id());
        }
        return filter instanceof RecordFilter.ByName named
                ? Set.copyOf(QuarkusTransaction.joiningExisting().call(() -> byName.apply(named.name())))
                : null;
    }

    private SearchFacets facets(SearchHits hits) {
        if (hits.total() == 0) {
            return SearchFacets.none();
        }
        Map<Long, String> speakerNames = names.speakers(ids(hits.speakers()));
        Map<Long, String> venueNames = names.venues(ids(hits.venues()));
        QuoteType[] types = QuoteType.values();
        QuoteStatus[] statuses = QuoteStatus.values();
        return new SearchFacets(
                hits.speakers().stream().filter(b -> speakerNames.containsKey(b.value()))
                        .map(b -> new SearchFacets.NamedCount(b.value(), speakerNames.get(b.value()), b.count()))
                        .toList(),
                hits.venues().stream().filter(b -> venueNames.containsKey(b.value()))
                        .map(b -> new SearchFacets.NamedCount(b.value(), venueNames.get(b.value()), b.count()))
                        .toList(),
                hits.types().stream().map(b -> new SearchFacets.ValueCount(types[(int) b.value()].name(), b.count()))
                        .toList(),
                hits.statuses().stream()
                        .map(b -> new SearchFacets.ValueCount(statuses[(int) b.value()].name(), b.count())).toList(),
                hits.years().stream().map(b -> new SearchFacets.ValueCount(b.value(), b.count())).toList());
    }

    private static List<Long> ids(List<SearchHits.Bucket> buckets) {
        return buckets.stream().map(SearchHits.Bucket::value).toList();
    }
}
