package org.harbour.core.document.application;

/** A document's bytes with the name and type to send them under. */
public record DocumentDownload(String fileName, String contentType, byte[] content) {
}
