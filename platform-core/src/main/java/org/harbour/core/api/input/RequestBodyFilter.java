package org.harbour.core.api.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.api.problem.ProblemException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Looks at every API request's body before anything reads it: a Content-Type that cannot be read or names a
 * charset other than UTF-8 for JSON is 415; a JSON body over the limit is 413 from its Content-Length, before a
 * byte is read, and a streamed (chunked) JSON body is cut off at the limit as it is read. Uploads keep the
 * document limit, enforced by the upload's own bounded read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyFilter implements ContainerRequestFilter {

    private final RequestLimits limits = RequestLimits.fromConfig();

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        MediaType type = null;
        if (header != null && !header.isBlank()) {
            try {
                type = MediaType.valueOf(header);
            } catch (RuntimeException e) {
                abort(request, InputProblems.unsupported("The Content-Type header cannot be read."));
                return;
            }
        }
        boolean json = type != null && isJson(type);
        String charset = type == null ? null : charset(type);
        if (charset != null) {
            if (json && !isUtf8(charset)) {
                abort(request, InputProblems.unsupported("Send JSON in UTF-8 (charset=utf-8, or no charset at all)."));
                return;
            }
            if (!isSupported(charset)) {
                abort(request, InputProblems.unsupported("The charset '" + charset + "' is not supported."));
                return;
            }
        }
        if (!json) {
            // Uploads are read by their endpoint up to the document limit and no further, then refused with 413
            // once the client has sent them; refusing a large one unread here would close the connection mid-send.
            return;
        }
        long limit = limits.json();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length, limit)) {
            abort(request, InputProblems.tooLarge(limit));
            return;
        }
        request.setEntityStream(new Capped(request.getEntityStream(), limit));
    }

    static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static String charset(MediaType type) {
        for (Map.Entry<String, String> parameter : type.getParameters().entrySet()) {
            if (MediaType.CHARSET_PARAMETER.equalsIgnoreCase(parameter.getKey())) {
                return parameter.getValue() == null ? "" : parameter.getValue().strip().replace("\"", "");
            }
        }
        return null;
    }

    private static boolean isUtf8(String charset) {
        return isSupported(charset) && Charset.forName(charset).equals(StandardCharsets.UTF_8);
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void abort(ContainerRequestContext request, ProblemException problem) {
        request.abortWith(problem.getResponse());
    }

    /** Ends a body read past the limit with 413 instead of reading it whole. */
    static final class Capped extends FilterInputStream {
        private final long limit;
        private long count;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw InputProblems.tooLarge(limit);
            }
        }
    }
}
