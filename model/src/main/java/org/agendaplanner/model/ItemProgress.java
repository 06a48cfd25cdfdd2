package org.agendaplanner.model;

import java.time.Duration;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What became of one item taken up: it still needs {@code remaining} time as of {@code asOf} (default the
 * re-plan's moment), or it is {@code done}, at {@code doneAt} when given (earlier or later than programmed), else
 * at its programmed end or the re-plan's moment, whichever comes first.
 */
@JsonPropertyOrder({"item", "remaining", "asOf", "done", "doneAt"})
public record ItemProgress(
        String item,
        Duration remaining,
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime asOf,
        Boolean done,
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime doneAt) {

    public static ItemProgress remaining(String item, Duration remaining, LocalDateTime asOf) {
        return new ItemProgress(item, remaining, asOf, null, null);
    }

    public static ItemProgress done(String item, LocalDateTime doneAt) {
        return new ItemProgress(item, null, null, true, doneAt);
    }

    public boolean isDone() {
        return Boolean.TRUE.equals(done) || doneAt != null;
    }
}
