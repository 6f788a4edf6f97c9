package org.quotedesk.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ResultPage;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.common.Writes;
import org.quotedesk.curation.QuoteCommand;
import org.quotedesk.curation.Quotes;
import org.quotedesk.curation.SourceInput;
import org.quotedesk.curation.Sources;
import org.quotedesk.extraction.Candidate;
import org.quotedesk.extraction.ExtractionService;

/**
 * The review of imported articles: an article becomes a source with the extractor's candidates,
 * which editors accept (as quotes), reject or complete with the quotes it missed.
 */
@ApplicationScoped
public class ReviewService {

    /** The box an editor ticks to accept a candidate that needs a second look. */
    public static final String CHECKED = "checked";

    @Inject
    Writes writes;

    @Inject
    Sources sources;

    @Inject
    Quotes quotes;

    @Inject
    ExtractionService extraction;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    QuoteDeskConfig config;

    /** Stores the article as a source, with the candidates found in it; returns the source's id. */
    public long importArticle(SourceInput article) {
        FieldErrors errors = new FieldErrors().addAll(validator.validate(article));
        String text = article.text();
        errors.check(text != null && !text.isBlank(), "text", "paste the article's text: its quotes are found in it");
        errors.check(text == null || text.length() <= ExtractionService.MAX_TEXT_LENGTH, "text",
                "must be at most " + ExtractionService.MAX_TEXT_LENGTH + " characters: split the article");
        errors.throwIfAny();
        // Read before the transaction, which then only writes.
        List<Candidate> found = extraction.extract(article.text(), article.publishedOn(), article.publisher(),
                ExtractionService.readableLanguage(article.language()));
        return writes.commit(() -> {
            Source source = sources.insert(article);
            ArticleImport imported = new ArticleImport();
            imported.source = source;
            imported.importedBy = audit.currentUser();
            imported.importedAt = Instant.now();
            imported.persist();
            for (Candidate c : found) {
                if (c.end() - c.start() <= Quote.MAX_TEXT_LENGTH) {
                    candidateFrom(source, c).persist();
                }
            }
            return source.id;
        });
    }

    /** Imported articles, the latest first, with their candidates counted by status. */
    @Transactional
    public ResultPage<ArticleImportSummary> list(PageRequest page) {
        List<ArticleImport> imports = ArticleImport.<ArticleImport>find("order by importedAt desc, id desc")
                .page(page.page(), page.size()).list();
        Map<Long, Map<CandidateStatus, Long>> counts = new HashMap<>();
        List<Long> ids = imports.stream().map(i -> i.source.id).toList();
        if (!ids.isEmpty()) {
            List<Object[]> rows = ReviewCandidate.getEntityManager().createQuery("select c.source.id, c.status, count(c)"
                    + " from ReviewCandidate c where c.source.id in :ids group by c.source.id, c.status", Object[].class)
                    .setParameter("ids", ids).getResultList();
            for (Object[] row : rows) {
                counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((CandidateStatus) row[1], (Long) row[2]);
            }
        }
        return ResultPage.of(imports, ArticleImport.count(), page, i -> {
            Map<CandidateStatus, Long> byStatus = counts.getOrDefault(i.source.id, Map.of());
            return new ArticleImportSummary(i.source.id, i.source.title, i.source.publisher, i.source.publishedOn,
                    i.importedBy, i.importedAt, byStatus.getOrDefault(CandidateStatus.PENDING, 0L),
                    byStatus.getOrDefault(CandidateStatus.ACCEPTED, 0L),
                    byStatus.getOrDefault(CandidateStatus.REJECTED, 0L));
        });
    }

    /** The candidates of a source, in text order. */
    @Transactional
    public List<ReviewCandidateDto> candidates(long sourceId) {
        sources.find(sourceId);
        return ReviewCandidate.<ReviewCandidate>find("source.id = ?1 order by start, end, id", sourceId).stream()
                .map(this::dto).toList();
    }

    @Transactional
    public ReviewCandidateDto candidate(long id) {
        return dto(find(id));
    }

    public ReviewCandidateDto reject(long id) {
        return setStatus(id, CandidateStatus.REJECTED);
    }

    /** Back to pending: a rejection undone. */
    public ReviewCandidateDto reopen(long id) {
        return setStatus(id, CandidateStatus.PENDING);
    }

    /**
     * A quote the extractor missed, pending for the editor to complete and accept: between the
     * offsets selected in the source, or where the exact words typed occur (the first at or after
     * {@code start} when they occur more than once).
     */
    public ReviewCandidateDto addMissed(long sourceId, Integer start, Integer end, String words) {
        return writes.commit(() -> {
            Source source = sources.find(sourceId);
            int[] span = span(source.text, start, end, words);
            if (span[1] - span[0] > Quote.MAX_TEXT_LENGTH) {
                throw ValidationFailedException.of("end", "a quote is at most 10000 characters");
            }
            ReviewCandidate same = ReviewCandidate.<ReviewCandidate>find("source.id = ?1 and start = ?2 and end = ?3",
                    sourceId, span[0], span[1]).firstResult();
            if (same != null) {
                throw ValidationFailedException.of("start", "this passage is already candidate " + same.id);
            }
            ReviewCandidate c = new ReviewCandidate();
            c.source = source;
            c.origin = CandidateOrigin.ADDED;
            c.status = CandidateStatus.PENDING;
            c.start = span[0];
            c.end = span[1];
            c.text = source.text.substring(span[0], span[1]);
            c.type = QuoteType.DIRECT;
            c.spokenOn = source.publishedOn;
            c.datePrecision = DatePrecision.ON_OR_BEFORE;
            c.confidence = 1;
            c.persist();
            return dto(c);
        });
    }

    private static int[] span(String text, Integer start, Integer end, String words) {
        if (start != null && end != null) {
            if (start < 0 || end <= start || end > text.length()) {
                throw ValidationFailedException.of("start", "select a passage of the article");
            }
            return new int[] {start, end};
        }
        String wanted = words == null ? "" : words.strip();
        if (wanted.isEmpty()) {
            throw ValidationFailedException.of("words", "select the missed quote in the text, or type its exact words");
        }
        int first = text.indexOf(wanted, start == null ? 0 : Math.max(0, start));
        if (first < 0) {
            throw ValidationFailedException.of("words", "these words are not in the article as typed");
        }
        if (start == null && text.indexOf(wanted, first + 1) >= 0) {
            throw ValidationFailedException.of("words",
                    "these words occur more than once: select them in the text, or give where they start");
        }
        return new int[] {first, first + wanted.length()};
    }

    /**
     * Accepts a pending candidate as the extractor found it; one the extractor is unsure of only when
     * the editor says they checked its speaker and words.
     */
    public QuoteDto accept(long candidateId, boolean checked) {
        ReviewCandidateDto c = candidate(candidateId);
        if (!c.pending()) {
            throw new ConflictException("Candidate " + candidateId + " is not waiting for review: put it back to"
                    + " review first, or edit it to accept it.");
        }
        if (c.secondLook() && !checked) {
            throw ValidationFailedException.of(CHECKED, "the extractor is only " + c.percent() + " % sure of it:"
                    + " check who said it and its words, then tick “I checked the speaker and the words”");
        }
        return accept(candidateId, CandidateQuote.of(c));
    }

    /**
     * Accepts a candidate as the editor completed it: the quote is created, and the candidate marked,
     * in one transaction; if it was accepted meanwhile, the quote is not created either.
     */
    public QuoteDto accept(long candidateId, QuoteCommand quote) {
        return quotes.create(quote, quoteId -> markAccepted(candidateId, quoteId));
    }

    private void markAccepted(long id, long quoteId) {
        ReviewCandidate c = find(id);
        if (c.status == CandidateStatus.ACCEPTED && c.quote != null) {
            throw new ConflictException("Candidate " + id + " was already accepted as quote " + c.quote.id + ".");
        }
        Quote quote = Quote.findById(quoteId);
        if (!quote.source.id.equals(c.source.id)) {
            throw ValidationFailedException.of("source", "candidate " + id + " is a quote of source " + c.source.id
                    + ": keep that source");
        }
        c.status = CandidateStatus.ACCEPTED;
        c.quote = quote;
        reviewed(c);
    }

    private ReviewCandidateDto setStatus(long id, CandidateStatus status) {
        return writes.commit(() -> {
            ReviewCandidate c = find(id);
            if (c.status == CandidateStatus.ACCEPTED && c.quote != null) {
                throw new ConflictException("Candidate " + id + " is quote " + c.quote.id
                        + ": edit or delete the quote instead.");
            }
            c.status = status;
            reviewed(c);
            return dto(c);
        });
    }

    private void reviewed(ReviewCandidate c) {
        c.reviewedBy = audit.currentUser();
        c.reviewedAt = Instant.now();
    }

    private static ReviewCandidate find(long id) {
        return ReviewCandidate.<ReviewCandidate>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("candidate", id));
    }

    private static ReviewCandidate candidateFrom(Source source, Candidate found) {
        ReviewCandidate c = new ReviewCandidate();
        c.source = source;
        c.origin = CandidateOrigin.EXTRACTED;
        c.status = CandidateStatus.PENDING;
        c.start = found.start();
        c.end = found.end();
        c.text = found.text();
        c.type = found.type();
        c.speakerName = clip(found.speaker().name(), 200);
        c.speakerWritten = clip(found.speaker().written(), 500);
        c.speakerPerson = found.speaker().person();
        c.speakerAlternatives = lines(found.speaker().alternatives());
        c.speaker = found.speaker().id() == null ? null : Speaker.findById(found.speaker().id());
        c.role = clip(found.role(), 300);
        if (found.venue() != null) {
            c.venueHint = clip(found.venue().text(), 300);
            c.venueKind = found.venue().kind();
        }
        c.reportedVia = clip(found.reportedVia(), 500);
        c.spokenOn = found.spokenOn();
        c.datePrecision = found.datePrecision();
        c.spokenUntil = found.spokenUntil();
        c.confidence = found.confidence();
        return c;
    }

    private ReviewCandidateDto dto(ReviewCandidate c) {
        return ReviewCandidateDto.from(c, config.review().secondLookBelow());
    }

    /**
     * The names one a line, as many whole names as the column holds (each clipped as a speaker's
     * name is); null when there is none.
     */
    private static String lines(List<String> names) {
        StringBuilder lines = new StringBuilder();
        for (String name : names) {
            String line = clip(name.strip().replaceAll("\\s+", " "), 200);
            if (!line.isEmpty() && lines.length() + 1 + line.length() <= ReviewCandidate.MAX_ALTERNATIVES_LENGTH) {
                lines.append(lines.isEmpty() ? "" : "\n").append(line);
            }
        }
        return lines.isEmpty() ? null : lines.toString();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
