package org.harbour.core.returns.application;

/** A stored file of a run, with the checksum its bytes were just checked against. */
public record ReturnDownload(String fileName, String mediaType, byte[] content, String sha256) {
}
