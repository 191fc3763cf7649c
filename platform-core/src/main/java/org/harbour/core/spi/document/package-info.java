/**
 * Documents modules export: {@link org.harbour.core.spi.document.TaggedDocument} writes a tagged
 * PDF (PDF/UA: structure tree, language en-GB, title, embedded font) from headings, paragraphs and
 * tables, so no module lays out or tags a PDF of its own.
 */
package org.harbour.core.spi.document;
