package org.quotedesk.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.source.Source;
import org.quotedesk.source.SourceInput;
import org.quotedesk.source.SourceService;
import org.quotedesk.speaker.Speaker;
import org.quotedesk.speaker.SpeakerInput;
import org.quotedesk.speaker.SpeakerService;
import org.quotedesk.venue.Venue;
import org.quotedesk.venue.VenueInput;
import org.quotedesk.venue.VenueService;

/**
 * Finds the speaker, venue and source an import line names, by id or by name, and creates those
 * that are new, with the details the line gives, once the whole line has been checked.
 */
@ApplicationScoped
class ImportReferences {

    @Inject
    SpeakerService speakers;

    @Inject
    VenueService venues;

    @Inject
    SourceService sources;

    @Inject
    Validator validator;

    /** The text and date a quote is checked against, whether its source is stored or still to create. */
    record SourceText(Long id, String text, LocalDate publishedOn) {
    }

    /** Each reference as a stored id, or as the input of a record to create (and its name). */
    record Resolved(Long speakerId, SpeakerInput newSpeaker, Long venueId, VenueInput newVenue, SourceText source,
            SourceInput newSource) {
    }

    Resolved resolve(ImportedQuote line, ImportRun run, FieldErrors errors) {
        Long speakerId = null;
        SpeakerInput newSpeaker = null;
        ImportedQuote.Speaker speaker = line.speaker();
        if (speaker == null || speaker.id() == null && blank(speaker.name())) {
            errors.add("speaker", "give its id or its name");
        } else if (speaker.id() != null) {
            speakerId = exists(Speaker.findById(speaker.id()), speaker.id(), "speaker.id", errors);
        } else {
            speakerId = run.speakersByName.computeIfAbsent(key(speaker.name()),
                    k -> unique(speakers.idsByName(speaker.name()), "speaker.name", errors));
            if (speakerId == null && errors.isEmpty()) {
                newSpeaker = valid(speaker.toInput(), "speaker.", errors);
            }
        }

        Long venueId = null;
        VenueInput newVenue = null;
        ImportedQuote.Venue venue = line.venue();
        if (venue != null && venue.id() != null) {
            venueId = exists(Venue.findById(venue.id()), venue.id(), "venue.id", errors);
        } else if (venue != null && !blank(venue.name())) {
            venueId = run.venuesByName.computeIfAbsent(key(venue.name()),
                    k -> unique(venues.idsByName(venue.name()), "venue.name", errors));
            if (venueId == null) {
                newVenue = valid(venue.toInput(), "venue.", errors);
            }
        }

        SourceText sourceText = null;
        SourceInput newSource = null;
        ImportedQuote.Source source = line.source();
        if (source == null || source.id() == null && blank(source.titleOrName())) {
            errors.add("source", "give its id or its title");
        } else if (source.id() != null) {
            Source stored = Source.findById(source.id());
            exists(stored, source.id(), "source.id", errors);
            sourceText = stored == null ? null : new SourceText(stored.id, stored.text, stored.publishedOn);
        } else {
            Long id = run.sourcesByKey.computeIfAbsent(sourceKey(source),
                    k -> unique(sources.findByTitle(source.titleOrName(), source.publishedOn()).stream()
                            .map(s -> s.id).toList(), "source.title", errors));
            if (id != null) {
                Source stored = Source.findById(id);
                sourceText = new SourceText(id, stored.text, stored.publishedOn);
            } else {
                newSource = valid(source.toInput(), "source.", errors);
                sourceText = newSource == null ? null : new SourceText(null, newSource.text(), newSource.publishedOn());
            }
        }
        return new Resolved(speakerId, newSpeaker, venueId, newVenue, sourceText, newSource);
    }

    /** Stores the new records of a checked line and remembers them by name for the lines after it. */
    Resolved create(Resolved refs, ImportRun run) {
        Long speakerId = refs.speakerId();
        if (refs.newSpeaker() != null) {
            speakerId = speakers.insert(refs.newSpeaker()).id;
            run.speakersByName.put(key(refs.newSpeaker().name()), speakerId);
            // Its alias rows are written at the commit: the lines after it may name it by one.
            if (refs.newSpeaker().aliases() != null) {
                for (String alias : refs.newSpeaker().aliases()) {
                    run.speakersByName.putIfAbsent(key(alias), speakerId);
                }
            }
        }
        Long venueId = refs.venueId();
        if (refs.newVenue() != null) {
            venueId = venues.insert(refs.newVenue()).id;
            run.venuesByName.put(key(refs.newVenue().name()), venueId);
        }
        SourceText source = refs.source();
        if (refs.newSource() != null) {
            Source created = sources.insert(refs.newSource());
            run.sourcesByKey.put(key(created.title) + "|" + created.publishedOn, created.id);
            source = new SourceText(created.id, created.text, created.publishedOn);
        }
        return new Resolved(speakerId, null, venueId, null, source, null);
    }

    private static Long exists(Object record, long id, String field, FieldErrors errors) {
        errors.check(record != null, field, "no record has the id " + id);
        return record == null ? null : id;
    }

    /** The one match; null when there is none (to be created) or several (an error: the name is ambiguous). */
    private static Long unique(List<Long> ids, String field, FieldErrors errors) {
        if (ids.size() > 1) {
            errors.add(field, ids.size() + " records have this name: give the id instead");
            return null;
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    private <T> T valid(T input, String prefix, FieldErrors errors) {
        var violations = validator.validate(input);
        for (ConstraintViolation<T> violation : violations) {
            errors.add(prefix + violation.getPropertyPath(), violation.getMessage());
        }
        return violations.isEmpty() ? input : null;
    }

    private static String sourceKey(ImportedQuote.Source source) {
        return key(source.titleOrName()) + "|" + (source.publishedOn() == null ? "" : source.publishedOn());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
