package org.harbour.core.api.input;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The largest request bodies the API reads: JSON by {@code harbour.api.max-json-bytes}, uploads by the document limit. */
final class RequestLimits {

    static final long DEFAULT_JSON_BYTES = 2L * 1024 * 1024;
    static final long DEFAULT_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private final long json;
    private final long document;

    private RequestLimits(long json, long document) {
        this.json = json;
        this.document = document;
    }

    static RequestLimits fromConfig() {
        Config config = ConfigProvider.getConfig(RequestLimits.class.getClassLoader());
        return new RequestLimits(
                config.getOptionalValue("harbour.api.max-json-bytes", Long.class).orElse(DEFAULT_JSON_BYTES),
                config.getOptionalValue("harbour.documents.max-bytes", Long.class).orElse(DEFAULT_DOCUMENT_BYTES));
    }

    long json() {
        return json;
    }

    long document() {
        return document;
    }
}
