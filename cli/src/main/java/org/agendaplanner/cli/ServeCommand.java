package org.agendaplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.agendaplanner.service.AccessGuard;
import org.agendaplanner.service.AgendaService;
import org.agendaplanner.service.ServiceSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the local planning service until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the local planning service: a JSON API over a workspace of meetings and their revisions "
                + "(see the README, \"Running the service\"). Prints its address and access token; Ctrl-C stops it.",
                "It listens on 127.0.0.1 unless --host says otherwise, and every request must carry the token."})
public class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServiceSettings.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 takes a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServiceSettings.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another address "
                    + "lets other machines in, with the token.")
    String host;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = "agenda-workspace",
            description = "The folder of meetings and revisions (default: ${DEFAULT-VALUE}); created when missing.")
    Path workspace;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The access token every request must carry (default: a new one at each start).")
    String token;

    @Option(names = "--no-token", description = "Let every request in without a token; only on a loopback --host.")
    boolean noToken;

    @Option(names = "--max-solves", paramLabel = "N",
            description = "How many solves may run at once (default: one per core).")
    Integer maxSolves;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new CliException(ExitCodes.USAGE, "--port takes 0 to 65535, not " + port + ".");
        }
        if (noToken && token != null) {
            throw new CliException(ExitCodes.USAGE, "--token and --no-token contradict each other: give one.");
        }
        if (noToken && !AccessGuard.isLoopback(host)) {
            throw new CliException(ExitCodes.USAGE, "--no-token is only for a loopback --host: on " + host
                    + " anyone who reaches this machine could use the service. Drop --no-token.");
        }
        int solves = maxSolves == null ? Runtime.getRuntime().availableProcessors() : maxSolves;
        if (solves < 1) {
            throw new CliException(ExitCodes.USAGE, "--max-solves takes 1 or more, not " + solves + ".");
        }
        var accessToken = noToken ? null : token != null ? token : AccessGuard.newToken();
        AgendaService service;
        try {
            service = AgendaService.start(new ServiceSettings(host, port, workspace, accessToken, solves));
        } catch (java.io.UncheckedIOException e) {
            throw new CliException(ExitCodes.OUTPUT_ERROR, "Cannot use the workspace " + workspace + ": "
                    + e.getCause().getMessage() + ". Fix: give a --workspace folder you may write in.");
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.USAGE, "Cannot listen on " + host + ":" + port + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                    + ". Fix: give another --port, or stop what uses it.");
        }
        var stopped = new CountDownLatch(1);
        var onSignal = new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "agenda-serve-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        var out = spec.commandLine().getOut();
        var shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("Agenda Planner service at http://" + shownHost + ":" + service.port() + "/api/meetings");
        out.println(accessToken == null ? "Access token: none (--no-token)."
                : "Access token: " + accessToken + "  (send \"Authorization: Bearer " + accessToken + "\")");
        // The token goes after "#", which the browser keeps to itself: the page trades it for a cookie and drops it.
        out.println("The planner's page: http://" + shownHost + ":" + service.port() + "/"
                + (accessToken == null ? "" : "#token=" + accessToken));
        out.println("Workspace: " + workspace.toAbsolutePath().normalize() + ". Ctrl-C stops the service.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
