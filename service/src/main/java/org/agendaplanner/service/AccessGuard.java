package org.agendaplanner.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;

/**
 * What every request passes before a handler sees it: a Host header that names this server (so that a page on
 * another site cannot reach it through DNS rebinding), and the access token. The planner's page itself (its HTML,
 * scripts and styles, which hold no meeting) is served on the Host check alone; the page then trades the token for
 * an HttpOnly cookie ({@code POST /api/session}), and a request that changes something on the strength of that
 * cookie must come from this server's own page (its Origin header), since another page on the same machine would
 * carry the cookie too.
 */
public final class AccessGuard {

    /** The cookie a page may carry the token in. */
    static final String COOKIE = "agenda-token";

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String boundHost;
    private final byte[] token;

    AccessGuard(String boundHost, String token) {
        this.boundHost = boundHost.toLowerCase(Locale.ROOT);
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh token, hard to guess. */
    public static String newToken() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static boolean isLoopback(String host) {
        try {
            return LOOPBACK_NAMES.contains(host.toLowerCase(Locale.ROOT)) || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The page's own files: anything outside the API, which holds no meeting data. */
    static boolean isPageFile(String path) {
        return !path.equals("/api") && !path.startsWith("/api/");
    }

    /** The header that hands the page the token as a cookie, for the browser to keep until it closes. */
    static String cookieHeader(String token) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    void check(Context ctx, int port) {
        var host = ctx.header("Host");
        if (host == null || !namesThisServer(host.toLowerCase(Locale.ROOT), port)) {
            throw new ApiError(403, "The Host header does not name this server. Address it as http://"
                    + (boundHost.contains(":") ? "[" + boundHost + "]" : boundHost) + ":" + port + "/.");
        }
        if (token == null || isPageFile(ctx.path())) {
            return;
        }
        var given = ctx.header("Authorization");
        boolean bearer = given != null && given.regionMatches(true, 0, "Bearer ", 0, 7);
        var offered = bearer ? given.substring(7).trim() : ctx.cookie(COOKIE);
        if (offered == null || !MessageDigest.isEqual(token, offered.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "This request needs the access token that agenda serve printed: send "
                    + "\"Authorization: Bearer TOKEN\" or the cookie " + COOKIE + ".");
        }
        var method = ctx.method().name();
        if (!bearer && !method.equals("GET") && !method.equals("HEAD")
                && !("http://" + host).equalsIgnoreCase(ctx.header("Origin"))) {
            throw new ApiError(403, "A change made with the cookie must come from this server's own page "
                    + "(Origin http://" + host + "); scripts send \"Authorization: Bearer TOKEN\" instead.");
        }
    }

    private boolean namesThisServer(String host, int port) {
        var name = host;
        var colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            if (!host.substring(colon + 1).equals(String.valueOf(port))) {
                return false;
            }
            name = host.substring(0, colon);
        }
        if (LOOPBACK_NAMES.contains(name)) {
            return true;
        }
        var bare = name.startsWith("[") ? name.substring(1, name.length() - 1) : name;
        return bare.equals(boundHost) && !boundHost.equals("0.0.0.0") && !boundHost.equals("::");
    }
}
