package org.harbour.core.returns.api;

/** The body that starts a run: the period, named as the return's period rule names it (e.g. {@code 2025-26}). */
public record RunRequest(String period) {
}
