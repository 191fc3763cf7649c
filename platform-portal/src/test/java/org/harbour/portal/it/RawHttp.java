package org.harbour.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Requests sent byte for byte as written, as an attacker's tool sends them: HTTP clients
 * normalise {@code //}, {@code /./} and {@code /../} away, which would hide exactly what a test
 * of address handling must send.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A GET of the raw path (with the session's cookies, if any); the status code answered. */
    public static int get(URL server, String rawPath, String cookieHeader) throws IOException {
        return send(server, "GET", rawPath, cookieHeader, null);
    }

    /** Sends the request and reads the status line; the connection is closed afterwards. */
    public static int send(URL server, String method, String rawPath, String cookieHeader, String jsonBody)
            throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder()
                    .append(method).append(' ').append(rawPath).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n")
                    .append("Connection: close\r\n")
                    .append("X-Requested-By: harbour\r\n")
                    .append("Accept: text/html,application/json\r\n");
            if (cookieHeader != null && !cookieHeader.isEmpty()) {
                request.append("Cookie: ").append(cookieHeader).append("\r\n");
            }
            byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
            if (jsonBody != null) {
                request.append("Content-Type: application/json\r\n");
            }
            request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String status = statusLine(socket.getInputStream());
            String[] parts = status.split(" ");
            if (parts.length < 2) {
                throw new IOException("No HTTP status line for " + rawPath + ": '" + status + "'");
            }
            return Integer.parseInt(parts[1]);
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
