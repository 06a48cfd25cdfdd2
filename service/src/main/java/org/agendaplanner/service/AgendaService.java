package org.agendaplanner.service;

import java.time.Duration;

import org.agendaplanner.model.ReadingLimits;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * The planning service: a workspace on disk and a JSON API over the same library, reader and renderer as the command
 * line. Loopback by default, every request checked for its Host header and the access token, bodies held to the
 * meeting file limit, no cross-origin access. The README's API table lists the routes below.
 */
public final class AgendaService implements AutoCloseable {

    private final Javalin app;
    private final SolveJobs solves;

    private AgendaService(Javalin app, SolveJobs solves) {
        this.app = app;
        this.solves = solves;
    }

    /** Starts listening; {@link #port()} says where (useful with port 0). */
    public static AgendaService start(ServiceSettings settings) {
        var workspace = new Workspace(settings.workspace());
        var solves = new SolveJobs(workspace, settings.maxSolves());
        var api = new MeetingsApi(workspace, solves);
        var guard = new AccessGuard(settings.host(), settings.token());
        var mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        var holder = new Javalin[1];
        var app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = ReadingLimits.MAX_FILE_BYTES;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            // The planner's page: plain files and Bootstrap from its webjar, no build step.
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/agendaplanner/service/page";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> {
                guard.check(ctx, holder[0].port());
                if (ctx.contentLength() > ReadingLimits.MAX_FILE_BYTES) {
                    throw new ApiError(413, "The request body is over the " + ReadingLimits.MAX_FILE_BYTES
                            / (1024 * 1024) + " MiB that meeting files are limited to.");
                }
            });
            config.routes.post("/api/meetings", api::upload);
            config.routes.post("/api/meetings/new", api::create);
            config.routes.get("/api/meetings", api::list);
            config.routes.get("/api/meetings/{id}", api::get);
            config.routes.get("/api/meetings/{id}/revisions/{n}", api::revision);
            config.routes.post("/api/meetings/{id}/solve", api::startSolve);
            config.routes.get("/api/meetings/{id}/solve", api::solveStatus);
            config.routes.delete("/api/meetings/{id}/solve", api::stopSolve);
            config.routes.sse("/api/meetings/{id}/events", api::events);
            config.routes.get("/api/meetings/{id}/annex", api::annex);
            config.routes.get("/api/meetings/{id}/score", api::score);
            config.routes.get("/api/meetings/{id}/explain", api::score);
            config.routes.put("/api/meetings/{id}/programme", api::putProgramme);
            config.routes.get("/api/meetings/{id}/compare", api::compare);
            config.routes.get("/api/meetings/{id}/recommend", api::recommend);
            config.routes.get("/api/meetings/{id}/remedies", api::remedies);
            config.routes.post("/api/meetings/{id}/replan", api::replan);
            config.routes.post("/api/meetings/{id}/draft", api::draft);
            config.routes.post("/api/session", ctx -> ctx.status(204)
                    .header("Set-Cookie", AccessGuard.cookieHeader(settings.token() == null ? "" : settings.token())));
            config.routes.post("/api/validate", api::validate);
            config.routes.get("/api/openapi.json", api::openApi);
            config.routes.exception(ApiError.class, (error, ctx) -> ctx.status(error.status()).json(error.body()));
            config.routes.exception(HttpResponseException.class, (error, ctx) -> ctx.status(error.getStatus())
                    .json(new ApiError(error.getStatus(), error.getMessage()).body()));
            config.routes.exception(Exception.class, (error, ctx) -> ctx.status(500).json(new ApiError(500,
                    "Internal error: " + error + ". Report it as an issue.").body()));
        });
        holder[0] = app;
        app.start();
        return new AgendaService(app, solves);
    }

    /** Every route as "METHOD /path", in the order registered: what the README's API table lists. */
    public java.util.List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path).toList();
    }

    public int port() {
        return app.port();
    }

    /** Stops the solves (each saving the best programme it has) and then the server. */
    @Override
    public void close() {
        solves.shutdown(Duration.ofSeconds(10));
        app.stop();
    }
}
