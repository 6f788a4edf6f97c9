package org.quotedesk.extraction;

import java.time.LocalDate;
import java.util.List;
import org.quotedesk.catalogue.quote.DatePrecision;

/** Dates the candidates of one article as they are found, from their words and those found before. */
final class Dating {

    private final DateCues dates;
    private final List<Found> found;

    Dating(DateCues dates, List<Found> found) {
        this.dates = dates;
        this.found = found;
    }

    /**
     * The date a candidate was said: a date in the words around its attribution (its own sentence's,
     * before any of the paragraph's), else the same speaker's date in the paragraph before, else the
     * date of the call or meeting a sentence opening "In the call, …" refers back to, else on or
     * before publication.
     */
    void date(Found f, Sentence s) {
        LocalDate anchor = anchor();
        LocalDate announced = announcedBefore(f.start);
        for (int[] r : f.regions) {
            SaidOn said = dates.find(r[0], r[1], anchor, announced);
            if (said != null) {
                f.said = said;
                return;
            }
        }
        Found before = sameSpeakerBefore(f);
        if (f.inheritedFrom != null && f.inheritedFrom.said != null) {
            f.said = f.inheritedFrom.said;
        } else if (before != null && before.said != null) {
            f.said = before.said;
        } else if (dates.refersBack(s.start(), s.end())) {
            Found previous = lastDated(f.paragraph - 1);
            f.said = previous == null ? null : previous.said;
        }
        if (f.said == null) {
            f.said = undated();
        }
    }

    /**
     * Once every candidate is read: when the article times an announcement in the night ("announced
     * well after 2 am in Moscow"), the announcement is its news, and the statements of its lead's
     * speaker that nothing else dates were made in that night.
     */
    void dateTheLead() {
        SaidOn night = dates.nightOfArticle();
        if (night == null || found.isEmpty() || found.get(0).name == null) {
            return;
        }
        String lead = found.get(0).name;
        SaidOn undated = undated();
        for (Found f : found) {
            if (lead.equals(f.name) && undated.equals(f.said)) {
                f.said = night;
            }
        }
    }

    private SaidOn undated() {
        return new SaidOn(dates.published(), DatePrecision.ON_OR_BEFORE);
    }

    /**
     * The first day "after the announcement" can mean: that of an announcement the article timed
     * before, else that of the last statement read with a day or a range.
     */
    private LocalDate announcedBefore(int position) {
        SaidOn night = dates.nightBefore(position);
        if (night != null) {
            return night.day();
        }
        for (int i = found.size() - 1; i >= Found.lookbackStart(found); i--) {
            SaidOn said = found.get(i).said;
            if (said != null && (said.precision() == DatePrecision.DAY || said.precision() == DatePrecision.BETWEEN)) {
                return said.day();
            }
        }
        return null;
    }

    /** The date of the last statement read with an exact day, for "the same day" and "a day after". */
    private LocalDate anchor() {
        for (int i = found.size() - 1; i >= Found.lookbackStart(found); i--) {
            SaidOn said = found.get(i).said;
            if (said != null && said.precision() == DatePrecision.DAY) {
                return said.day();
            }
        }
        return null;
    }

    private Found sameSpeakerBefore(Found f) {
        for (int i = found.size() - 1; i >= Found.lookbackStart(found); i--) {
            Found other = found.get(i);
            if (f.paragraph - other.paragraph > 1) {
                return null;
            }
            if (f.name != null && f.name.equals(other.name)) {
                return other;
            }
        }
        return null;
    }

    private Found lastDated(int paragraph) {
        for (int i = found.size() - 1; i >= Found.lookbackStart(found); i--) {
            Found other = found.get(i);
            if (other.paragraph < paragraph) {
                return null;
            }
            if (other.paragraph == paragraph && other.said != null && other.said.precision() == DatePrecision.DAY) {
                return other;
            }
        }
        return null;
    }
}
