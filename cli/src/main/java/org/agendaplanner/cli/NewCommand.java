package org.agendaplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.agendaplanner.model.MeetingSpan;
import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.AtomicFiles;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.model.Problem;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.model.starter.MeetingStarter;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Writes a meeting to start from: a session grid, its interpretation, and the agenda items. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes a commented YAML meeting to start from: the sessions of each body on each day, their "
                + "interpretation, and the agenda items, from a spreadsheet export (--items) or, without one, the "
                + "standard organizational items as a template.",
                "What it writes passes `agenda validate` and can be planned with `agenda solve` as it is."})
public class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "New meeting",
            description = "The meeting's title, in English (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--id", paramLabel = "SYMBOL",
            description = "The meeting's document symbol (default: DRAFT/ and the year of --from).")
    String id;

    @Option(names = "--from", paramLabel = "DATE", required = true, converter = DateConverter.class,
            description = "The first day, yyyy-mm-dd.")
    LocalDate from;

    @Option(names = "--days", paramLabel = "N", defaultValue = "1",
            description = "Meeting days (default: ${DEFAULT-VALUE}); Saturdays and Sundays are skipped unless "
                    + "--weekends.")
    int days;

    @Option(names = "--weekends", description = "Meet on Saturdays and Sundays too.")
    boolean weekends;

    @Option(names = "--bodies", paramLabel = "ID", split = ",", defaultValue = "plenary",
            description = "The bodies, first the one that takes items without a body (default: ${DEFAULT-VALUE}). "
                    + "plenary and cow (Committee of the Whole) are named in the six languages.")
    List<String> bodies;

    @Option(names = "--grid", paramLabel = "HH:mm-HH:mm,...", defaultValue = "10:00-13:00,15:00-18:00",
            converter = GridConverter.class,
            description = "The sessions of each body each day (default: ${DEFAULT-VALUE}).")
    Grid grid;

    /** The daily session grid, as one option value. */
    record Grid(List<MeetingStarter.Slot> slots) {
    }

    @Option(names = "--interpreted", paramLabel = "all|none|N", defaultValue = "all",
            converter = InterpretedConverter.class,
            description = "Which sessions have interpretation in the six languages: all, none, or N per day (the "
                    + "first body's first) (default: ${DEFAULT-VALUE}).")
    MeetingStarter.Interpreted interpreted;

    @Option(names = "--items", paramLabel = "CSV",
            description = "The agenda items, from a spreadsheet exported as CSV with a header row: number, title, "
                    + "estimate, and optionally id, body, title_ar ... title_es, fixed, lastSession.")
    Path items;

    @Option(names = "--schema-location", paramLabel = "URL",
            defaultValue = MeetingSchema.FILE_NAME,
            description = "Where editors find the schema, written into the file (default: ${DEFAULT-VALUE}, beside "
                    + "the file: write it there with `agenda schema > " + MeetingSchema.FILE_NAME + "`).")
    String schemaLocation;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (YAML, or JSON when it ends in .json) instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || days > MeetingSpan.MAX_DAYS) {
            throw new CliException(ExitCodes.USAGE, "--days takes 1 to " + MeetingSpan.MAX_DAYS + ", not " + days + ".");
        }
        if (bodies.isEmpty() || bodies.stream().anyMatch(body -> !body.matches("[A-Za-z0-9_-]+"))
                || bodies.stream().distinct().count() != bodies.size()) {
            throw new CliException(ExitCodes.USAGE, "--bodies takes distinct ids of letters, digits, - and _, "
                    + "separated by commas, e.g. plenary,cow; not " + String.join(",", bodies) + ".");
        }
        if (output != null && Files.exists(output) && !force) {
            throw new CliException(ExitCodes.USAGE, output + " exists already. Give another -o, or add --force "
                    + "to replace it.");
        }
        var rows = items == null ? MeetingStarter.organizationalItems() : ItemsCsv.read(items, bodies);
        var problems = new ArrayList<Problem>();
        var settings = new MeetingStarter.Settings(title, id != null ? id : "DRAFT/" + from.getYear(), from, days,
                weekends, bodies, grid.slots(), interpreted);
        var meeting = MeetingStarter.build(settings, rows, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(items.toString(), problems);
        }
        var json = output != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        var text = json ? withSchemaField(meeting) : StarterYaml.of(meeting, schemaLocation, items);
        checkReadsBack(text, json, rows);
        if (output == null) {
            var out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.write(output, text);
        } catch (IOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot write " + output + ": " + e.getMessage()
                    + ". Check that the directory exists and that you may write there.");
        }
        var err = spec.commandLine().getErr();
        err.println("Wrote " + output + " (" + meeting.items().size() + " items, " + meeting.sessions().size()
                + " sessions). Next: agenda solve " + output);
        err.flush();
        return ExitCodes.OK;
    }

    private String withSchemaField(MeetingFile meeting) {
        return MeetingWriter.toJson(new MeetingFile(schemaLocation, meeting.format(), meeting.comment(),
                meeting.meeting(), meeting.bodies(), meeting.interpretation(), meeting.sessions(), meeting.blocks(),
                meeting.items(), meeting.rules(), meeting.programme()));
    }

    /**
     * Reads the text back as {@code agenda validate} would, so that nothing invalid is written. A problem with an
     * item found only now (an estimate longer than its body's sessions) is reported at the item's row.
     */
    private void checkReadsBack(String text, boolean json, List<MeetingStarter.Row> rows) throws InvalidInputException {
        Path check = null;
        try {
            check = Files.createTempFile("agenda-new", json ? ".json" : ".yaml");
            Files.writeString(check, text);
            var meeting = MeetingReader.read(check);
            ProblemFactory.build(meeting, check.toString(), ProblemFactory.ProgrammeUse.IGNORE);
        } catch (InvalidInputException invalid) {
            if (items == null) {
                // The organizational items are valid; only sessions too short for them can make the file invalid.
                throw new CliException(ExitCodes.USAGE, "The sessions asked for cannot hold the organizational "
                        + "items: " + invalid.problems().stream().map(Problem::message).distinct()
                        .collect(Collectors.joining(" ")) + " Give longer sessions (--grid) or more "
                        + "--days.");
            }
            throw new InvalidInputException(items.toString(), invalid.problems().stream()
                    .map(problem -> atRow(problem, rows)).toList());
        } catch (IOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot write a temporary file to check the meeting: "
                    + e.getMessage());
        } finally {
            if (check != null) {
                try {
                    Files.deleteIfExists(check);
                } catch (IOException e) {
                    // A left-over file in the temporary directory harms nothing.
                }
            }
        }
    }

    private static final Pattern ITEM_PATH = Pattern.compile("items\\[(\\d+)]\\.?(.*)");

    private Problem atRow(Problem problem, List<MeetingStarter.Row> rows) {
        var matcher = ITEM_PATH.matcher(problem.path() == null ? "" : problem.path());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= rows.size()) {
            return new Problem(problem.path(), problem.message() + " (in the meeting built from --grid, --days and "
                    + "--bodies)", problem.fix(), null, null);
        }
        var column = matcher.group(2).equals("duration") ? "estimate" : matcher.group(2);
        return new Problem(column, problem.message(), problem.fix(), rows.get(Integer.parseInt(matcher.group(1)))
                .line(), null);
    }

    static class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write yyyy-mm-dd, e.g. 2027-03-16");
            }
        }
    }

    /** {@code 10:00-13:00,15:00-18:00}: slots in order of the day that do not overlap. */
    static class GridConverter implements ITypeConverter<Grid> {
        @Override
        public Grid convert(String value) {
            try {
                return new Grid(MeetingStarter.grid(value));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static class InterpretedConverter implements ITypeConverter<MeetingStarter.Interpreted> {
        @Override
        public MeetingStarter.Interpreted convert(String value) {
            try {
                return MeetingStarter.interpreted(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
