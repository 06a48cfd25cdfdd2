package org.agendaplanner.service;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the service runs.
 *
 * @param host the address to listen on; loopback unless a planner says otherwise
 * @param port the port; 0 takes a free one
 * @param workspace the folder of meetings and revisions
 * @param token what every request must carry ({@code Authorization: Bearer TOKEN} or the cookie
 *        {@value AccessGuard#COOKIE}); null lets every request in, which only an explicit choice gives
 * @param maxSolves how many solves may run at once
 */
public record ServiceSettings(String host, int port, Path workspace, String token, int maxSolves) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServiceSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(workspace, "workspace");
        if (maxSolves < 1) {
            throw new IllegalArgumentException("maxSolves takes 1 or more, not " + maxSolves);
        }
    }
}
