package org.quotedesk.checking;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.StatementRef;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.statement.StatementStore;
import org.quotedesk.catalogue.statement.Wording;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.search.QuoteSearchService;

/**
 * "Did X really say this, in these words?": the quotes on record worded most like a text, found
 * through the search index (never a scan), compared with it word by word, and the verdict.
 */
@ApplicationScoped
public class QuoteChecks {

    public static final int MAX_TEXT_LENGTH = 2_000;
    public static final int MAX_SPEAKER_LENGTH = 200;
    /** Quotes the index proposes, to be compared word by word: a statement reported by many outlets fills several. */
    static final int CANDIDATES = 10;
    /** Of the speaker's own quotes, when the others' crowd them out of the candidates. */
    static final int SPEAKER_CANDIDATES = 3;
    /** Matches answered. */
    static final int SHOWN = 5;

    @Inject
    QuoteSearchService search;

    /**
     * Checks {@code text} (at most {@link #MAX_TEXT_LENGTH} characters), attributed to {@code speakerName}
     * when it is not blank: a name or alias of a stored speaker, matched as everywhere else; a name
     * nobody on record has is answered as such. Not transactional: only the name is read from the database.
     */
    public CheckResult check(String text, String speakerName) {
        GivenSpeaker speaker = speakerName == null || speakerName.isBlank() ? null
                : new GivenSpeaker(speakerName.strip(),
                        QuarkusTransaction.joiningExisting().call(() -> Speaker.idsByName(speakerName)));
        Wording checked = Wording.of(text);
        List<CheckMatch> close = candidates(text, speaker).stream()
                .map(quote -> Comparison.of(checked, quote)).filter(Objects::nonNull).toList();
        return new CheckResult(Verdicts.decide(close, speaker), speaker, onePerStatement(Verdicts.ordered(close, speaker)));
    }

    /**
     * The best match of each statement, at most {@link #SHOWN}, with the statement as the database has it:
     * five outlets' reports of one sentence are one answer. A quote the index still holds but the
     * database no longer does is left out.
     */
    private static List<CheckMatch> onePerStatement(List<CheckMatch> ordered) {
        Map<Long, StatementRef> statements = QuarkusTransaction.joiningExisting()
                .call(() -> StatementStore.refsOf(ordered.stream().map(m -> m.quote().id()).toList()));
        Set<Long> shown = new HashSet<>();
        List<CheckMatch> matches = new ArrayList<>();
        for (CheckMatch match : ordered) {
            StatementRef statement = statements.get(match.quote().id());
            if (statement != null && shown.add(statement.id()) && matches.size() < SHOWN) {
                matches.add(match.reporting(statement));
            }
        }
        return matches;
    }

    /**
     * The index's best candidates, whoever said them (a misattribution is someone else's words);
     * when a speaker on record is given and none of them is theirs, their own best ones too, so that
     * many reports of another's words cannot hide the speaker's.
     */
    private List<QuoteDto> candidates(String text, GivenSpeaker speaker) {
        try {
            List<QuoteDto> candidates = new ArrayList<>(search.similarlyWorded(text, null, CANDIDATES));
            if (speaker != null && speaker.onRecord()
                    && candidates.stream().noneMatch(q -> speaker.ids().contains(q.speaker().id()))) {
                Set<Long> found = new HashSet<>(candidates.stream().map(QuoteDto::id).toList());
                search.similarlyWorded(text, Set.copyOf(speaker.ids()), SPEAKER_CANDIDATES).stream()
                        .filter(q -> found.add(q.id())).forEach(candidates::add);
            }
            return candidates;
        } catch (InvalidParameterException unsearchable) {
            throw ValidationFailedException.of("text", unsearchable.getMessage());
        }
    }
}
