package org.agendaplanner.service;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agendaplanner.model.InvalidInputException;
import org.agendaplanner.model.Languages;
import org.agendaplanner.model.MeetingFile;
import org.agendaplanner.model.MeetingReader;
import org.agendaplanner.model.MeetingWriter;
import org.agendaplanner.model.Problem;
import org.agendaplanner.model.starter.MeetingStarter;
import org.agendaplanner.model.starter.PastedItems;
import org.agendaplanner.render.Annex;
import org.agendaplanner.render.Format;
import org.agendaplanner.render.AnnexLanguage;
import org.agendaplanner.solver.analysis.BriefScores;
import org.agendaplanner.solver.analysis.Comparison;
import org.agendaplanner.solver.analysis.ManualMove;
import org.agendaplanner.solver.analysis.ScoreReport;
import org.agendaplanner.solver.analysis.DerivedProgramme;
import org.agendaplanner.solver.analysis.ProgrammeFiles;
import org.agendaplanner.solver.analysis.RecommendationsJson;
import org.agendaplanner.solver.analysis.ReportJson;
import org.agendaplanner.solver.plan.IndependentSolves;
import org.agendaplanner.solver.plan.Planner;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.agendaplanner.solver.plan.ChangeJson;
import org.agendaplanner.solver.plan.Remedies;
import org.agendaplanner.solver.plan.RemediesJson;
import org.agendaplanner.solver.plan.Replanning;
import org.agendaplanner.solver.plan.Scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;

/**
 * The handlers: each parses the request, calls the library as the command line does, and sends the same JSON. No
 * rule, solving policy or file-format knowledge lives here.
 */
final class MeetingsApi {

    private static final ObjectMapper REQUESTS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** How long DELETE .../solve waits for the stopped solve's programme to be saved. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Workspace workspace;
    private final SolveJobs solves;

    MeetingsApi(Workspace workspace, SolveJobs solves) {
        this.workspace = workspace;
        this.solves = solves;
    }

    /** One line of the list. */
    record Summary(String id, String title, int revisions, String score) {
    }

    record Created(String id, int revision) {
    }

    /** What {@code agenda validate --format json} prints for a valid file. */
    record Validation(String file, boolean valid, List<Problem> problems) {
    }

    /**
     * The optional body of POST .../solve, the options of {@code agenda solve}: {@code timeLimit} as ISO 8601
     * ({@code PT10S}), {@code set} the scenario settings of {@code --set}.
     */
    record SolveRequest(String timeLimit, Long seed, Integer unimprovedSteps, Long moveLimit, List<String> set) {
    }

    void upload(Context ctx) throws IOException {
        var meeting = readUpload(ctx);
        var id = workspace.create(meeting);
        ctx.status(201).header("Location", "/api/meetings/" + id).json(new Created(id, 1));
    }

    /**
     * The new-meeting form of the page: what {@code agenda new} takes, the items pasted as lines "number, tab,
     * title, tab, estimate" (none gives the standard organizational items). Days, grid and interpretation default as
     * on the command line.
     */
    record NewMeeting(String title, String from, Integer days, String bodies, String grid, String interpreted,
            String items) {
    }

    /**
     * Starts a meeting from the form, as {@code agenda new} builds it, and stores it as revision 1; every problem
     * names the form's field it concerns ({@code path}: title, from, days, bodies, grid, interpreted, items, with the
     * pasted line).
     */
    void create(Context ctx) throws IOException {
        NewMeeting form;
        try {
            form = REQUESTS.readValue(ctx.body(), NewMeeting.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiError(400, "The form is not the JSON expected ({\"title\", \"from\": \"yyyy-mm-dd\", "
                    + "\"days\", \"bodies\": \"plenary,cow\", \"grid\": \"10:00-13:00,15:00-18:00\", "
                    + "\"interpreted\": \"all\", \"items\"}): " + e.getOriginalMessage());
        }
        var name = "new meeting";
        var problems = new ArrayList<Problem>();
        var title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            problems.add(new Problem("title", "The meeting has no title.", "Give its title, in English.", null, null));
        }
        java.time.LocalDate from = null;
        try {
            from = java.time.LocalDate.parse(form.from() == null ? "" : form.from().strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new Problem("from", "The first day is missing or not a date.", "Pick the first day "
                    + "(yyyy-mm-dd).", null, null));
        }
        int days = form.days() == null ? 1 : form.days();
        if (days < 1 || days > org.agendaplanner.model.MeetingSpan.MAX_DAYS) {
            problems.add(new Problem("days", "A meeting has 1 to " + org.agendaplanner.model.MeetingSpan.MAX_DAYS
                    + " days, not " + days + ".", "Give the number of meeting days.", null, null));
        }
        var bodies = java.util.Arrays.stream((form.bodies() == null || form.bodies().isBlank() ? "plenary"
                : form.bodies()).split(",")).map(String::strip).toList();
        if (bodies.stream().anyMatch(body -> !body.matches("[A-Za-z0-9_-]+")) || bodies.stream().distinct().count()
                != bodies.size()) {
            problems.add(new Problem("bodies", "The bodies are distinct ids of letters, digits, - and _, not "
                    + Problem.quoted(form.bodies()) + ".", "Separate them with commas, e.g. plenary,cow.", null, null));
        }
        List<MeetingStarter.Slot> grid = List.of();
        try {
            grid = MeetingStarter.grid(form.grid() == null || form.grid().isBlank() ? "10:00-13:00,15:00-18:00"
                    : form.grid());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("grid", "The sessions of a day: " + e.getMessage() + ".",
                    "Write each as HH:mm-HH:mm, separated by commas.", null, null));
        }
        var interpreted = MeetingStarter.Interpreted.ALL;
        try {
            interpreted = MeetingStarter.interpreted(form.interpreted() == null || form.interpreted().isBlank() ? "all"
                    : form.interpreted());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("interpreted", "Interpretation: " + e.getMessage() + ".",
                    "Write all, none, or how many sessions a day have it.", null, null));
        }
        var rows = form.items() == null || form.items().isBlank() ? MeetingStarter.organizationalItems()
                : PastedItems.read(form.items(), problems);
        if (problems.isEmpty()) {
            var settings = new MeetingStarter.Settings(title, "DRAFT/" + from.getYear(), from, days, false, bodies, grid,
                    interpreted);
            var meeting = MeetingStarter.build(settings, rows, problems);
            if (problems.isEmpty()) {
                try {
                    // Read back as agenda validate reads a file, so that nothing is stored that the solver refuses.
                    var stored = MeetingReader.read(name, MeetingWriter.toJson(meeting).getBytes(
                            java.nio.charset.StandardCharsets.UTF_8), false);
                    ProblemFactory.build(stored, name, ProblemFactory.ProgrammeUse.IGNORE);
                    var id = workspace.create(stored);
                    ctx.status(201).header("Location", "/api/meetings/" + id).json(new Created(id, 1));
                    return;
                } catch (InvalidInputException invalid) {
                    invalid.problems().forEach(problem -> problems.add(asFormProblem(problem, rows)));
                }
            }
        }
        throw ApiError.invalid(new InvalidInputException(name, problems));
    }

    /** A problem of the built file, named by the form's field: an item's at its pasted line, the sessions' at the grid. */
    private static Problem asFormProblem(Problem problem, List<MeetingStarter.Row> rows) {
        var path = problem.path() == null ? "" : problem.path();
        var item = java.util.regex.Pattern.compile("^items\\[(\\d+)\\].*").matcher(path);
        if (item.matches() && Integer.parseInt(item.group(1)) < rows.size()) {
            return new Problem(PastedItems.FIELD, problem.message(), problem.fix(),
                    rows.get(Integer.parseInt(item.group(1))).line(), null);
        }
        return new Problem(path.startsWith("sessions") ? "grid" : path, problem.message(), problem.fix(), null, null);
    }

    /** What PUT .../programme answers: the revision the draft was stored as, and its score. */
    record Stored(String id, int revision, String score) {
    }

    /**
     * A planner's own draft (the {@code programme} section: the item starts) of the latest revision, scored as
     * {@code agenda score} scores a file and stored as a new revision with its segments and score derived afresh.
     */
    void putProgramme(Context ctx) throws IOException, InvalidInputException {
        var id = meetingId(ctx);
        var latest = workspace.file(id, workspace.latest(id).orElseThrow()).orElseThrow();
        var name = "programme";
        com.fasterxml.jackson.databind.JsonNode draft;
        try {
            draft = REQUESTS.readTree(ctx.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiError(400, "The draft is not JSON: " + e.getOriginalMessage() + ". Send the programme "
                    + "section: {\"items\": [{\"item\": \"ID\", \"session\": \"ID\", \"start\": \"HH:mm\"}]}.");
        }
        if (draft == null || !draft.isObject()) {
            throw new ApiError(400, "The draft is the programme section, a JSON object: {\"items\": [{\"item\": "
                    + "\"ID\", \"session\": \"ID\", \"start\": \"HH:mm\"}]}.");
        }
        // The draft read into the meeting's file, so that it is checked in the very words of agenda score.
        var file = (com.fasterxml.jackson.databind.node.ObjectNode) REQUESTS.readTree(java.nio.file.Files.readAllBytes(latest));
        file.remove("progress");
        file.set("programme", draft);
        try {
            var meeting = MeetingReader.read(name, REQUESTS.writeValueAsBytes(file), false);
            var derived = DerivedProgramme.of(ProblemFactory.build(meeting, name, ProblemFactory.ProgrammeUse.AS_DRAFT));
            int revision = workspace.addRevision(id, derived);
            ctx.status(201).header("Location", "/api/meetings/" + id + "/revisions/" + revision)
                    .json(new Stored(id, revision, derived.programme().score()));
        } catch (InvalidInputException invalid) {
            throw ApiError.invalid(invalid);
        }
    }

    /** What the page asks of POST .../draft: a revision to start from, the planner's draft of it, one move. */
    record DraftRequest(Integer revision, com.fasterxml.jackson.databind.JsonNode items, Move move) {
    }

    record Move(String item, String session) {
    }

    /** An item's start as the file format writes it, {@code HH:mm}. */
    record Start(String item, String session, String start) {
    }

    /**
     * What the page shows of a programme: its starts, score and penalties, and the timetable rendered by the annex
     * renderer; after a move, the change of score and what changed in words, and the best places for the item moved.
     */
    record DraftView(int revision, List<Start> items, String score, String scoreChange,
            List<String> changes, ReportJson explain, String timetable, List<RecommendationsJson.Place> recommended) {
    }

    /**
     * A programme as the page shows it, stored nowhere: revision N (default the latest) or the planner's draft of
     * it ({@code items}, the starts), with one item moved to a session when {@code move} says so, as
     * {@link ManualMove} moves it; {@code ?lang=} picks the timetable's language.
     */
    void draft(Context ctx) throws IOException, InvalidInputException {
        var id = meetingId(ctx);
        var style = languageParam(ctx);
        DraftRequest request;
        try {
            request = ctx.body().isBlank() ? new DraftRequest(null, null, null)
                    : REQUESTS.readValue(ctx.body(), DraftRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiError(400, "The draft request is not the JSON expected ({\"revision\": N, \"items\": "
                    + "[{\"item\", \"session\", \"start\"}], \"move\": {\"item\", \"session\"}}, every field "
                    + "optional): " + e.getOriginalMessage());
        }
        int revision = request.revision() == null ? workspace.latest(id).orElseThrow() : request.revision();
        var file = workspace.file(id, revision).orElseThrow(() -> new ApiError(404, "Meeting " + id
                + " has no revision " + revision + "; it has " + workspace.revisions(id) + "."));
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) REQUESTS.readTree(java.nio.file.Files.readAllBytes(file));
        if (!(tree.get("programme") instanceof com.fasterxml.jackson.databind.node.ObjectNode programme)) {
            throw new ApiError(409, "Revision " + revision + " of meeting " + id + " has no programme yet. Solve it "
                    + "first: POST /api/meetings/" + id + "/solve.");
        }
        if (request.items() != null) {
            // The draft's starts in place of the revision's; what is derived from them is derived afresh below.
            programme.set("items", request.items());
            programme.remove(List.of("segments", "unscheduled", "score"));
        }
        var name = "draft";
        try {
            var meeting = MeetingReader.read(name, REQUESTS.writeValueAsBytes(tree), false);
            var before = DerivedProgramme.of(ProblemFactory.build(meeting, name, ProblemFactory.ProgrammeUse.AS_DRAFT));
            var after = before;
            List<RecommendationsJson.Place> recommended = List.of();
            if (request.move() != null) {
                if (request.move().item() == null || request.move().session() == null) {
                    throw new ApiError(400, "A move names the item and the session: {\"item\": \"3\", \"session\": "
                            + "\"tue-pm\"}.");
                }
                try {
                    after = ManualMove.to(ProblemFactory.build(meeting, name,
                            ProblemFactory.ProgrammeUse.AS_STARTING_POINT), request.move().item(),
                            request.move().session(), name);
                } catch (ManualMove.RefusedException refused) {
                    throw new ApiError(422, refused.getMessage());
                }
                recommended = RecommendationsJson.of(name, ProblemFactory.build(after, name,
                        ProblemFactory.ProgrammeUse.AS_STARTING_POINT), request.move().item(), 5).places();
            }
            var planning = ProblemFactory.build(after, name, ProblemFactory.ProgrammeUse.AS_DRAFT);
            var report = ScoreReport.of(planning.solution());
            var unscheduled = after.programme().unscheduled() == null ? List.<String>of() : after.programme().unscheduled();
            var change = HardMediumSoftLongScore.parseScore(after.programme().score())
                    .subtract(HardMediumSoftLongScore.parseScore(before.programme().score()));
            var starts = after.programme().items().stream()
                    .map(start -> new Start(start.item(), start.session(), start.start().toString())).toList();
            ctx.json(new DraftView(revision, starts, after.programme().score(),
                    BriefScores.brief(change),
                    Replanning.changes(before, after).stream().map(Replanning.Change::words).toList(),
                    ReportJson.of(name, report, unscheduled),
                    Format.HTML.render(Annex.of(after, style), null), recommended));
        } catch (InvalidInputException invalid) {
            throw ApiError.invalid(invalid);
        }
    }

    private static AnnexLanguage languageParam(Context ctx) {
        var language = ctx.queryParam("lang") == null ? "en" : ctx.queryParam("lang");
        return AnnexLanguage.forCode(language).orElseThrow(() -> new ApiError(400, "Unknown language \"" + language
                + "\". Use one of: " + Languages.LISTED + "."));
    }

    /** The OpenAPI 3 description of every route, written by hand (no OpenAPI plugin for Javalin 7 is served). */
    void openApi(Context ctx) throws IOException {
        try (var description = MeetingsApi.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(description.readAllBytes());
        }
    }

    void validate(Context ctx) {
        var name = uploadName(ctx);
        readUpload(ctx);
        ctx.json(new Validation(name, true, List.of()));
    }

    /** Reads and checks an upload exactly as {@code agenda validate} reads a file, or refuses it with 422. */
    private MeetingFile readUpload(Context ctx) {
        var name = uploadName(ctx);
        try {
            var meeting = MeetingReader.read(name, ctx.bodyAsBytes(), isYaml(ctx));
            ProblemFactory.build(meeting, name, ProblemFactory.ProgrammeUse.IGNORE);
            return meeting;
        } catch (InvalidInputException invalid) {
            throw ApiError.invalid(invalid);
        }
    }

    /** JSON or YAML by content type; anything else is refused with 415. */
    private static boolean isYaml(Context ctx) {
        var type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT).split(";")[0].trim();
        return switch (type) {
            case "application/json" -> false;
            case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml" -> true;
            default -> throw new ApiError(415, "Send the meeting file as application/json or application/yaml, not "
                    + (type.isEmpty() ? "without a content type" : type) + ".");
        };
    }

    /** How problems name the upload: the client's file name ({@code ?name=}), as the command line names a file. */
    private static String uploadName(Context ctx) {
        var name = ctx.queryParam("name");
        return name == null || name.isBlank() ? "upload" : name;
    }

    void list(Context ctx) throws InvalidInputException {
        var summaries = new ArrayList<Summary>();
        for (var id : workspace.ids()) {
            var revisions = workspace.revisions(id);
            var latest = workspace.read(id, revisions.get(revisions.size() - 1));
            var title = latest.meeting().title() == null ? null
                    : latest.meeting().title().in("en").or(() -> latest.meeting().title().first().map(Map.Entry::getValue))
                            .orElse(null);
            summaries.add(new Summary(id, title, revisions.size(),
                    latest.programme() == null ? null : latest.programme().score()));
        }
        ctx.json(summaries);
    }

    void get(Context ctx) throws InvalidInputException {
        var id = meetingId(ctx);
        sendFile(ctx, workspace.read(id, workspace.latest(id).orElseThrow()));
    }

    void revision(Context ctx) throws InvalidInputException {
        var id = meetingId(ctx);
        int number;
        try {
            number = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw new ApiError(400, "A revision is a number (1, 2, ...), not \"" + ctx.pathParam("n") + "\".");
        }
        if (workspace.file(id, number).isEmpty()) {
            throw new ApiError(404, "Meeting " + id + " has no revision " + number + "; it has "
                    + workspace.revisions(id) + ".");
        }
        sendFile(ctx, workspace.read(id, number));
    }

    private static void sendFile(Context ctx, MeetingFile meeting) {
        ctx.contentType("application/json").result(MeetingWriter.toJson(meeting));
    }

    void startSolve(Context ctx) {
        var id = meetingId(ctx);
        var settings = solveSettings(ctx);
        try {
            Scenario.apply(workspace.read(id, workspace.latest(id).orElseThrow()), settings.overrides());
        } catch (Scenario.InvalidSettingException e) {
            throw new ApiError(400, "set: " + e.getMessage());
        } catch (InvalidInputException e) {
            throw ApiError.invalid(e);
        }
        ctx.status(202).header("Location", "/api/meetings/" + id + "/solve").json(solves.start(id, settings));
    }

    private static Planner.Settings solveSettings(Context ctx) {
        var settings = Planner.Settings.defaults();
        var body = ctx.body();
        if (body.isBlank()) {
            return settings;
        }
        SolveRequest request;
        try {
            request = REQUESTS.readValue(body, SolveRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiError(400, "The solve request is not the JSON expected ({\"timeLimit\": \"PT10S\", \"seed\": 0, "
                    + "\"unimprovedSteps\": 5000, \"moveLimit\": 100000, \"set\": [\"KEY=VALUE\"]}, every field "
                    + "optional): " + e.getOriginalMessage());
        }
        try {
            if (request.timeLimit() != null) {
                settings = settings.withTimeLimit(Duration.parse(request.timeLimit()));
            }
        } catch (RuntimeException e) {
            throw new ApiError(400, "timeLimit is an ISO 8601 duration such as PT10S or PT2M, not \""
                    + request.timeLimit() + "\".");
        }
        if (request.seed() != null) {
            settings = settings.withSeed(request.seed());
        }
        if (request.unimprovedSteps() != null) {
            if (request.unimprovedSteps() < 1) {
                throw new ApiError(400, "unimprovedSteps takes 1 or more, not " + request.unimprovedSteps() + ".");
            }
            settings = settings.withUnimprovedStepLimit(request.unimprovedSteps());
        }
        if (request.moveLimit() != null) {
            if (request.moveLimit() < 1) {
                throw new ApiError(400, "moveLimit takes 1 or more, not " + request.moveLimit() + ".");
            }
            settings = settings.withMoveLimit(request.moveLimit());
        }
        if (request.set() != null) {
            settings = settings.withOverrides(request.set());
        }
        return settings;
    }

    void solveStatus(Context ctx) {
        ctx.json(solves.status(meetingId(ctx)));
    }

    void stopSolve(Context ctx) throws InterruptedException {
        ctx.json(solves.stop(meetingId(ctx), STOP_WAIT));
    }

    /**
     * Server-sent events: "best" with the best score so far and each better one, then "end"; at once "end" when no
     * solve is running.
     */
    void events(SseClient client) {
        var id = client.ctx().pathParam("id");
        if (!workspace.exists(id)) {
            client.sendEvent("error", new ApiError.Body(404, "No meeting " + id + ".", null, List.of(), List.of()));
            return;
        }
        // The solve's thread and this one both send: one event at a time.
        java.util.function.BiConsumer<String, Object> listener = (event, data) -> {
            synchronized (client) {
                client.sendEvent(event, data);
                if (event.equals("end")) {
                    client.close();
                }
            }
        };
        client.onClose(() -> solves.unlisten(id, listener));
        if (solves.listen(id, listener)) {
            client.keepAlive();
            // A listener that joins late hears at once the best score so far.
            var status = solves.status(id);
            if (status.bestScore() != null && status.state().equals("solving")) {
                listener.accept("best", status);
            }
        } else {
            // Without keepAlive the stream ends when this returns, after the event.
            client.sendEvent("end", solves.status(id));
        }
    }

    void annex(Context ctx) throws InvalidInputException {
        var file = programmeFile(ctx);
        var language = ctx.queryParam("lang") == null ? "en" : ctx.queryParam("lang");
        var style = AnnexLanguage.forCode(language).orElseThrow(() -> new ApiError(400, "Unknown language \"" + language
                + "\". Use one of: " + Languages.LISTED + "."));
        var formatName = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        var format = Format.forName(formatName).orElseThrow(() -> new ApiError(400, "Unknown format \"" + formatName
                + "\". Use one of: text, md, csv, json, html, docx."));
        // As agenda render: the segments and the score are derived from the item starts.
        var meeting = DerivedProgramme.of(ProgrammeFiles.read(file, ProblemFactory.ProgrammeUse.AS_DRAFT));
        var score = format == Format.JSON ? meeting.programme().score() : null;
        ctx.contentType(contentType(format)).result(format.bytes(Annex.of(meeting, style), score));
    }

    private static String contentType(Format format) {
        return switch (format) {
            case TEXT -> "text/plain; charset=utf-8";
            case MD -> "text/markdown; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
            case JSON -> "application/json";
            case HTML -> "text/html; charset=utf-8";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        };
    }

    /** The JSON of {@code agenda score --format json} and {@code agenda explain --format json}: every penalty. */
    void score(Context ctx) throws InvalidInputException {
        var file = programmeFile(ctx);
        var scored = ProgrammeFiles.scoreAsItStands(file);
        ctx.json(ReportJson.of(file.getParent().getFileName() + "/" + file.getFileName(), scored.report(),
                scored.unscheduled()));
    }

    /** What POST .../replan answers: the revision stored, its re-plan number and score, and the changes to announce. */
    record Replanned(String id, int revision, int replan, String score, List<ChangeJson> changes,
            List<String> unscheduled) {
    }

    /**
     * {@code agenda replan} of the latest revision: the body is the progress record (the file's {@code progress}
     * section), added to what the latest revision's own progress says; the revised programme is stored as a new
     * revision. The solve is bounded by {@code ?timeLimit=} (ISO 8601, default PT60S as the command line),
     * {@code ?moveLimit=} and {@code ?seed=}.
     */
    void replan(Context ctx) throws IOException, InvalidInputException {
        var id = meetingId(ctx);
        var latestFile = programmeFile(ctx);
        var latest = MeetingReader.read(latestFile);
        var settings = replanSettings(ctx);
        var name = "progress";
        com.fasterxml.jackson.databind.JsonNode body;
        try {
            body = REQUESTS.readTree(ctx.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiError(400, "The progress record is not JSON: " + e.getOriginalMessage() + ".");
        }
        if (body == null || !body.isObject()) {
            throw new ApiError(400, "The progress record is the progress section, a JSON object: {\"at\": "
                    + "\"yyyy-mm-ddTHH:mm\", \"items\": [...], \"cancelled\": [...]}.");
        }
        // The record read into the meeting's file, so that it is checked in the very words of agenda validate.
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) REQUESTS.readTree(
                java.nio.file.Files.readAllBytes(latestFile));
        tree.set("progress", body);
        try {
            var given = MeetingReader.read(name, REQUESTS.writeValueAsBytes(tree), false).progress();
            if (given.at() == null && (latest.progress() == null || latest.progress().at() == null)) {
                throw new InvalidInputException(name, List.of(Problem.at("progress.at",
                        "The progress record does not say when the re-plan is.",
                        "Add \"at\": \"yyyy-mm-ddTHH:mm\", the moment of the re-plan.")));
            }
            var revising = Replanning.withProgress(latest, given.at(), given.announcedThrough(), given.itemsOrEmpty(),
                    given.cancelledOrEmpty());
            MeetingReader.validate(name, revising);
            var best = Planner.plan(revising, name, settings).best().orElseThrow();
            var revised = Replanning.revised(revising, best.solvedFile());
            int revision = workspace.addRevision(id, revised);
            var unscheduled = revised.programme().unscheduled();
            ctx.status(201).header("Location", "/api/meetings/" + id + "/revisions/" + revision)
                    .json(new Replanned(id, revision, revised.progress().revision(), revised.programme().score(),
                            Replanning.changes(revising, revised).stream().map(ChangeJson::of).toList(),
                            unscheduled == null ? List.of() : unscheduled));
        } catch (InvalidInputException invalid) {
            throw ApiError.invalid(invalid);
        }
    }

    private static Planner.Settings replanSettings(Context ctx) {
        var settings = Planner.Settings.defaults();
        var limit = ctx.queryParam("timeLimit");
        if (limit != null) {
            try {
                settings = settings.withTimeLimit(Duration.parse(limit));
            } catch (RuntimeException e) {
                throw new ApiError(400, "timeLimit is an ISO 8601 duration such as PT10S, not " + Problem.quoted(limit)
                        + ".");
            }
        }
        try {
            if (ctx.queryParam("moveLimit") != null) {
                long moves = Long.parseLong(ctx.queryParam("moveLimit"));
                if (moves < 1) {
                    throw new NumberFormatException();
                }
                settings = settings.withMoveLimit(moves);
            }
            if (ctx.queryParam("seed") != null) {
                settings = settings.withSeed(Long.parseLong(ctx.queryParam("seed")));
            }
        } catch (NumberFormatException e) {
            throw new ApiError(400, "moveLimit takes a number of 1 or more, seed a whole number.");
        }
        return settings;
    }

    /** The JSON of {@code agenda recommend --format json LATEST ITEM [--top N]} for the latest programme. */
    void recommend(Context ctx) throws InvalidInputException {
        var file = programmeFile(ctx);
        var item = ctx.queryParam("item");
        if (item == null || item.isBlank()) {
            throw new ApiError(400, "Say which item to place: ?item=ID.");
        }
        int top;
        try {
            top = ctx.queryParam("top") == null ? 5 : Integer.parseInt(ctx.queryParam("top"));
        } catch (NumberFormatException e) {
            top = 0;
        }
        if (top < 1) {
            throw new ApiError(400, "top takes 1 or more places, not " + Problem.quoted(ctx.queryParam("top")) + ".");
        }
        var planning = ProgrammeFiles.read(file, ProblemFactory.ProgrammeUse.AS_STARTING_POINT);
        if (!planning.itemsById().containsKey(item)) {
            throw new ApiError(404, "No item " + Problem.quoted(item) + " in meeting " + ctx.pathParam("id")
                    + ". Its items are: " + String.join(", ", planning.itemsById().keySet()) + ".");
        }
        ctx.json(RecommendationsJson.of(nameOf(file), planning, item, top));
    }

    /**
     * The remedies that would place every item the latest programme leaves out, in the JSON that {@code agenda solve
     * --format json} adds; none looked for when it leaves nothing out. The revision carries the scenario it was solved
     * under, so the trials start from it as it stands.
     */
    void remedies(Context ctx) throws InvalidInputException {
        var file = programmeFile(ctx);
        var limit = Remedies.DEFAULT_TIME_LIMIT;
        if (ctx.queryParam("timeLimit") != null) {
            try {
                limit = Duration.parse(ctx.queryParam("timeLimit"));
            } catch (RuntimeException e) {
                limit = Duration.ZERO;
            }
            if (limit.isNegative() || limit.isZero() || limit.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new ApiError(400, "timeLimit is an ISO 8601 duration up to PT1M, such as PT10S, not "
                        + Problem.quoted(ctx.queryParam("timeLimit")) + ".");
            }
        }
        var solved = MeetingReader.read(file);
        var search = Remedies.worthLooking(solved)
                ? Remedies.find(solved, nameOf(file), solved, Planner.Settings.defaults(), limit,
                        IndependentSolves.defaultParallelism())
                : new Remedies.Search(List.of(), 0, 0, limit, Duration.ZERO, false);
        ctx.json(RemediesJson.of(search));
    }

    /** The JSON of {@code agenda compare --format json LATEST N}: the latest programme (A) against revision N (B). */
    void compare(Context ctx) throws InvalidInputException {
        var latest = programmeFile(ctx);
        var id = ctx.pathParam("id");
        var other = workspace.file(id, revisionParam(ctx, "with")).orElseThrow();
        ctx.json(Comparison.of(List.of(compared("A", latest), compared("B", other))));
    }

    private static Comparison.Compared compared(String label, java.nio.file.Path file) {
        try {
            return Comparison.Compared.of(label, nameOf(file),
                    ProgrammeFiles.read(file, ProblemFactory.ProgrammeUse.AS_DRAFT));
        } catch (InvalidInputException noProgramme) {
            throw ApiError.invalid(noProgramme);
        }
    }

    /** How the JSON names a revision's file: {@code ID/N.json}, as it lies in the workspace. */
    private static String nameOf(java.nio.file.Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    /** A revision number named by a query parameter, which must be given and exist (400, 404). */
    private int revisionParam(Context ctx, String param) {
        var id = ctx.pathParam("id");
        var given = ctx.queryParam(param);
        if (given == null || given.isBlank()) {
            throw new ApiError(400, "Say which revision to compare with: ?" + param + "=N (one of "
                    + workspace.revisions(id) + ").");
        }
        int number;
        try {
            number = Integer.parseInt(given.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(400, param + " is a revision number (1, 2, ...), not " + Problem.quoted(given) + ".");
        }
        if (workspace.file(id, number).isEmpty()) {
            throw new ApiError(404, "Meeting " + id + " has no revision " + number + "; it has "
                    + workspace.revisions(id) + ".");
        }
        return number;
    }

    /** The latest revision's file, which must hold a programme. */
    private java.nio.file.Path programmeFile(Context ctx) throws InvalidInputException {
        var id = meetingId(ctx);
        int latest = workspace.latest(id).orElseThrow();
        if (workspace.read(id, latest).programme() == null) {
            throw new ApiError(409, "Meeting " + id + " has no programme yet. Solve it first: POST /api/meetings/"
                    + id + "/solve.");
        }
        return workspace.file(id, latest).orElseThrow();
    }

    private String meetingId(Context ctx) {
        var id = ctx.pathParam("id");
        if (!workspace.exists(id)) {
            throw new ApiError(404, "No meeting " + Problem.quoted(id) + " in this workspace. GET /api/meetings "
                    + "lists them.");
        }
        return id;
    }
}
