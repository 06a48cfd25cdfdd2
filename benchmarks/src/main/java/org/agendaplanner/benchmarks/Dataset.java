package org.agendaplanner.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.agendaplanner.datasets.MeetingGenerator;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.plan.ProblemFactory;

/** The meetings the benchmarks run on, from small to large. */
public enum Dataset {

    /** The seed: 6 items, one body, two days. */
    SEED("ctoc-cop-wg6-2020.json"),
    /** The five-day commission: 19 items, one body, a block and a fixed opening. */
    COMMISSION("commission-5day-2021.json"),
    /** 300 items in four bodies meeting side by side for ten days, from {@code agenda generate} (seed 0). */
    GENERATED_300(MeetingGenerator.Parameters.of(10, 4, 300, 0)),
    /** The four bodies and links of {@code datasets/cop-5day-4bodies.json}: 30 items over five days. */
    COP("cop-5day-4bodies.json"),
    /** 100 items in two bodies over five days, from {@code agenda generate --days 5 --bodies 2 --items 100 --seed 3}. */
    GENERATED_100(MeetingGenerator.Parameters.of(5, 2, 100, 3)),
    /**
     * 300 items in four bodies over ten days, from {@code agenda generate --days 10 --bodies 4 --items 300 --seed 7}:
     * the meeting the default stop is tuned on (docs/model.md, "The search").
     */
    GENERATED_300_SEED_7(MeetingGenerator.Parameters.of(10, 4, 300, 7)),
    /** 1,000 items in eight bodies over 15 days, from {@code agenda generate --days 15 --bodies 8 --items 1000 --seed 3}. */
    GENERATED_1000(MeetingGenerator.Parameters.of(15, 8, 1_000, 3)),
    /**
     * 100 items in one body over 20 days, in strict agenda order, from {@code agenda generate --days 20 --bodies 1
     * --items 100 --seed 1}: the largest meeting whose optimum the exact planner proves by default.
     */
    GENERATED_100_ONE_BODY(MeetingGenerator.Parameters.of(20, 1, 100, 1)),
    /**
     * 5,000 items (the most a file may hold) in four bodies over 200 days, from {@code agenda generate --days 200
     * --bodies 4 --items 5000 --seed 1}: what reading, validating and building the problem must do within a time
     * limit.
     */
    GENERATED_5000(MeetingGenerator.Parameters.of(200, 4, 5_000, 1));

    private final String shippedFile;
    private final MeetingGenerator.Parameters generated;

    Dataset(String shippedFile) {
        this.shippedFile = shippedFile;
        this.generated = null;
    }

    Dataset(MeetingGenerator.Parameters generated) {
        this.shippedFile = null;
        this.generated = generated;
    }

    public String fileName() {
        return shippedFile != null ? shippedFile : generated.fileName();
    }

    public MeetingFile meeting() {
        if (shippedFile == null) {
            return MeetingGenerator.generate(generated);
        }
        // Read from the jar, so that a benchmark jar measures the datasets of the revision it was built from.
        try (var in = Dataset.class.getResourceAsStream("/datasets/" + shippedFile)) {
            if (in == null) {
                throw new IllegalStateException("datasets/" + shippedFile + " is not on the class path");
            }
            return MeetingReader.parse(shippedFile, new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The meeting as a problem for the solver: no item placed yet. */
    public AgendaSolution problem() {
        try {
            return ProblemFactory.build(meeting(), fileName(), ProblemFactory.ProgrammeUse.IGNORE).solution();
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
