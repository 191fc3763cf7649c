package org.harbour.core.document;

import org.harbour.core.document.api.ContentDisposition;
import org.harbour.core.document.domain.FileNames;
import org.harbour.core.document.domain.FileType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void foldersAndTraversalAreStripped() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\priya\\Desktop\\Assessment.pdf")).isEqualTo("Assessment.pdf");
        assertThat(FileNames.sanitise("..")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise(null)).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise("   ")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void controlDirectionAndForbiddenCharactersGo() {
        assertThat(FileNames.sanitise("report\u0000.pdf")).isEqualTo("report.pdf");
        // A right-to-left override would make "evil\u202Efdp.exe" display as "evilexe.pdf".
        assertThat(FileNames.sanitise("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
        assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*h.txt")).isEqualTo("abcdefgh.txt");
        assertThat(FileNames.sanitise("  .hidden  name\t.docx ")).isEqualTo("hidden name .docx");
        assertThat(FileNames.sanitise("CON.txt")).isEqualTo("_CON.txt");
        assertThat(FileNames.sanitise("Zoë's plan ﬁnal.pdf")).isEqualTo("Zoë's plan final.pdf");
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = FileNames.sanitise("x".repeat(400) + ".pdf");
        assertThat(name).hasSize(150).endsWith(".pdf");
    }

    @Test
    void extensionsMatchTheDetectedType() {
        assertThat(FileType.JPEG.matchesName("photo.JPG")).isTrue();
        assertThat(FileType.PDF.matchesName("setup.exe")).isFalse();
        assertThat(FileType.PDF.matchesName("pdf")).isFalse();
    }

    @Test
    void downloadsAreAttachmentsWithAnAsciiFallbackAndTheExactName() {
        assertThat(ContentDisposition.attachment("Zoë \"plan\".pdf"))
                .isEqualTo("attachment; filename=\"Zo_ _plan_.pdf\"; filename*=UTF-8''Zo%C3%AB%20%22plan%22.pdf");
        assertThat(ContentDisposition.fileName("attachment; filename=\"a \\\"b\\\".pdf\"")).isEqualTo("a \"b\".pdf");
        assertThat(ContentDisposition.fileName("form-data; name=file; filename*=UTF-8''Zo%C3%AB.pdf")).isEqualTo("Zoë.pdf");
        assertThat(ContentDisposition.fileName("attachment; filename=plain.txt")).isEqualTo("plain.txt");
        assertThat(ContentDisposition.fileName(null)).isNull();
    }
}
