package org.agendaplanner.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How far a meeting has got, for a re-plan: the moment of the re-plan ({@code at}), what became of items taken up
 * ({@code items}), sessions that will not take place ({@code cancelled}), the last day whose items were announced
 * ({@code announcedThrough}, default the day after {@code at}), and, in a revised file, its revision number and the
 * item starts of the programme it was revised from. Everything that ended before {@code at} happened as the
 * programme says, unless an entry says otherwise.
 */
@JsonPropertyOrder({"at", "announcedThrough", "items", "cancelled", "revision", "revisedFrom"})
public record Progress(
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime at,
        LocalDate announcedThrough,
        List<ItemProgress> items,
        List<String> cancelled,
        Integer revision,
        List<ItemStart> revisedFrom) {

    public List<ItemProgress> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    public List<String> cancelledOrEmpty() {
        return cancelled == null ? List.of() : cancelled;
    }

    /** The last day whose items were announced: as given, or the day after the re-plan. */
    public LocalDate announcedThroughOrDefault() {
        return announcedThrough != null ? announcedThrough : at.toLocalDate().plusDays(1);
    }

    /**
     * This progress with more of it: a later moment, entries that replace those of the same item, more sessions
     * cancelled. What a re-plan on the command line adds to what the file already says.
     */
    public Progress with(LocalDateTime newAt, LocalDate newAnnouncedThrough, List<ItemProgress> newItems,
            List<String> newCancelled) {
        var merged = new ArrayList<ItemProgress>();
        for (var entry : itemsOrEmpty()) {
            if (newItems.stream().noneMatch(added -> added.item().equals(entry.item()))) {
                merged.add(entry);
            }
        }
        merged.addAll(newItems);
        var sessions = new LinkedHashSet<>(cancelledOrEmpty());
        sessions.addAll(newCancelled);
        return new Progress(newAt != null ? newAt : at,
                newAnnouncedThrough != null ? newAnnouncedThrough : newAt != null ? null : announcedThrough,
                merged.isEmpty() ? null : merged, sessions.isEmpty() ? null : List.copyOf(sessions), revision,
                revisedFrom);
    }

    public Progress asRevision(int number, List<ItemStart> revisedFromStarts) {
        return new Progress(at, announcedThrough, items, cancelled, number, revisedFromStarts);
    }
}
