package org.harbour.performance.ssda903.infrastructure;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.performance.ssda903.domain.Ssda903Tables;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the Header, Episodes and UASC tables back from a return's files, as the rules on last year's return need them. */
public final class Ssda903CsvReader {

    private Ssda903CsvReader() {
    }

    public static Ssda903Tables tables(List<ReturnFile> files) {
        return new Ssda903Tables(rows(files, "903_Header.csv"), rows(files, "903_Episodes.csv"),
                rows(files, "903_UASC.csv"));
    }

    /** The file's rows, each its column names to values; none when the return has no such file. */
    private static List<Map<String, String>> rows(List<ReturnFile> files, String name) {
        ReturnFile file = files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        if (file == null) {
            return List.of();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(file.content(), StandardCharsets.UTF_8)),
                format)) {
            for (CSVRecord record : parser) {
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
        return rows;
    }
}
