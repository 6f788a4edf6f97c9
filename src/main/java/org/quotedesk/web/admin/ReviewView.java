package org.quotedesk.web.admin;

import java.util.ArrayList;
import java.util.List;
import org.quotedesk.catalogue.source.SourceDto;
import org.quotedesk.review.ReviewCandidateDto;

/**
 * The review page of an imported article: its text cut into pieces, the candidates' spans marked
 * (where candidates overlap, the first one is marked), and the candidates beside it. A candidate
 * whose words are no longer at its offsets (the source's text was corrected since) is stale: not
 * marked, and not to be accepted as it is.
 */
public record ReviewView(SourceDto source, List<ReviewCandidateDto> candidates, List<Piece> pieces, Long at,
        String problem) {

    /** A run of the article's text, inside a candidate's span or not. */
    public record Piece(String text, ReviewCandidateDto candidate) {
    }

    static ReviewView of(SourceDto source, List<ReviewCandidateDto> candidates, Long at, String problem) {
        String text = source.text();
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (ReviewCandidateDto c : candidates) {
            if (c.start() < position || stale(text, c)) {
                continue;
            }
            if (c.start() > position) {
                pieces.add(new Piece(text.substring(position, c.start()), null));
            }
            pieces.add(new Piece(text.substring(c.start(), c.end()), c));
            position = c.end();
        }
        if (position < text.length()) {
            pieces.add(new Piece(text.substring(position), null));
        }
        return new ReviewView(source, candidates, pieces, at, problem);
    }

    private static boolean stale(String text, ReviewCandidateDto c) {
        return c.end() > text.length() || !text.substring(c.start(), c.end()).equals(c.text());
    }

    public boolean stale(ReviewCandidateDto c) {
        return stale(source.text(), c);
    }

    public long pending() {
        return candidates.stream().filter(ReviewCandidateDto::pending).count();
    }

    public long accepted() {
        return candidates.stream().filter(ReviewCandidateDto::accepted).count();
    }

    public long rejected() {
        return candidates.stream().filter(ReviewCandidateDto::rejected).count();
    }
}
